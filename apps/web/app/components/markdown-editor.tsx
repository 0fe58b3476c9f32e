import { Paper, ScrollArea, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useDeferredValue } from 'react';
import { countedLength, LIMITS } from '@jobforge/domain';
import { MarkdownView } from './markdown-view';
import classes from './markdown-editor.module.css';

/**
 * A Markdown textarea with a live preview beside it (below it on phones). The preview trails
 * the typing slightly on long documents instead of slowing every keystroke.
 */
export function MarkdownEditor({
  name,
  label,
  value,
  onChange,
  error,
  description,
  autoFocus,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  autoFocus?: boolean;
}) {
  const preview = useDeferredValue(value);
  // Counted as the server counts: a line break is one character however the browser sends it.
  const length = countedLength(value);
  const over = length > LIMITS.content;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap={4}>
        <Textarea
          label={label}
          description={description ?? 'Markdown: # heading, **bold**, - list, [link](https://…)'}
          name={name}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={18}
          maxRows={40}
          error={error}
          autoFocus={autoFocus}
          spellCheck
          classNames={{ input: classes.input }}
        />
        <Text size="xs" c={over ? 'red' : 'dimmed'} ta="right" aria-live="polite">
          {length.toLocaleString('en-US')} / {LIMITS.content.toLocaleString('en-US')} characters
        </Text>
      </Stack>
      <Stack gap={4}>
        <Text component="h2" size="sm" fw={500} id={`${name}-preview-label`}>
          Preview
        </Text>
        <Paper
          withBorder
          radius="md"
          className={classes.preview}
          aria-labelledby={`${name}-preview-label`}
          role="region"
          data-testid="preview"
        >
          <ScrollArea.Autosize mah="75vh" type="auto" offsetScrollbars>
            <div className={classes.previewBody}>
              {preview.trim() ? (
                <MarkdownView content={preview} />
              ) : (
                <Text c="dimmed" size="sm">
                  Nothing to preview yet.
                </Text>
              )}
            </div>
          </ScrollArea.Autosize>
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
