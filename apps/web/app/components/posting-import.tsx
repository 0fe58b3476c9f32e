import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { ChoiceControl } from '~/components/choice-control';
import { trpc } from '~/lib/trpc';
import type { ApplicationValues } from '~/lib/forms';

export type PostingFields = Pick<
  ApplicationValues,
  'companyName' | 'roleTitle' | 'jobDescription' | 'location' | 'jobUrl'
>;

const SOURCE_LABEL = {
  'json-ld': 'the posting’s structured data',
  microdata: 'the posting’s structured data',
  page: 'the page’s main text',
};

/**
 * "Fill from a posting": a URL the server fetches (public sites only), or the page's HTML pasted
 * when the site needs a login. Calls back with the fields; the form decides what to keep.
 */
export function PostingImport({ onFields }: { onFields: (fields: PostingFields) => string[] }) {
  const [mode, setMode] = useState<'url' | 'html'>('url');
  const [url, setUrl] = useState('');
  const [html, setHtml] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const importPosting = trpc.applications.importPosting.useMutation();

  const run = async () => {
    setOutcome(null);
    try {
      const result = await importPosting.mutateAsync(
        mode === 'url' ? { url } : { html, ...(url.trim() ? { url } : {}) },
      );
      const kept = onFields({
        companyName: result.companyName,
        roleTitle: result.roleTitle,
        jobDescription: result.jobDescription,
        location: result.location ?? '',
        jobUrl: result.jobUrl ?? (mode === 'url' ? url : ''),
      });
      setOutcome({
        ok: true,
        message: `Filled from ${SOURCE_LABEL[result.source]}. Check the fields below before creating the application.${
          kept.length ? ` Kept what you had already typed in: ${kept.join(', ')}.` : ''
        }`,
      });
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message.replace(/^(url|html): /, '') });
    }
  };

  return (
    <Paper withBorder p="md" radius="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Text fw={600}>Fill from a job posting</Text>
          <ChoiceControl
            size="xs"
            value={mode}
            onChange={setMode}
            choices={[
              { value: 'url', label: 'From a URL' },
              { value: 'html', label: 'Paste HTML' },
            ]}
          />
        </Group>
        {mode === 'url' ? (
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label="Address of the posting"
              placeholder="https://jobs.example.com/123"
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              leftSection={<IconLink size={16} />}
              style={{ flex: 1 }}
            />
            <Button onClick={() => void run()} loading={importPosting.isPending} disabled={!url.trim()}>
              Fill the form
            </Button>
          </Group>
        ) : (
          <Stack gap="xs">
            <Textarea
              label="The page’s HTML"
              description="For sites that need a login: open the posting, view the page source (Ctrl+U), copy all and paste it here."
              autosize
              minRows={3}
              maxRows={8}
              value={html}
              onChange={(event) => setHtml(event.currentTarget.value)}
            />
            <Group align="flex-end" gap="sm" wrap="nowrap">
              <TextInput
                label="Its URL (optional)"
                value={url}
                onChange={(event) => setUrl(event.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button onClick={() => void run()} loading={importPosting.isPending} disabled={!html.trim()}>
                Fill the form
              </Button>
            </Group>
          </Stack>
        )}
        {outcome ? (
          <Alert
            color={outcome.ok ? 'teal' : 'red'}
            icon={outcome.ok ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />}
            role={outcome.ok ? 'status' : 'alert'}
          >
            {outcome.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
