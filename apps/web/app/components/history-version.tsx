import { Alert, Badge, Button, Collapse, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconChevronDown, IconChevronUp, IconRobot, IconUser } from '@tabler/icons-react';
import { Form } from '@remix-run/react';
import { useState } from 'react';
import { formatMoment, markdownToText, type DocumentType, type FirstChange } from '@jobforge/domain';
import { authorLabel } from '~/lib/author';
import { trpc } from '~/lib/trpc';
import { ChoiceControl } from './choice-control';
import { MarkdownView } from './markdown-view';
import { VersionDiff } from './version-diff';

export interface VersionSummary {
  id: string;
  version: number;
  source: 'user' | 'ai';
  author: string | null;
  writtenAt: Date | string;
  replacedAt: Date | string;
  characters: number;
  firstChange: FirstChange | null;
}

export function AuthorBadge({ source, author }: { source: 'user' | 'ai'; author: string | null }) {
  return (
    <Badge
      variant="light"
      color={source === 'ai' ? 'violet' : 'blue'}
      leftSection={source === 'ai' ? <IconRobot size={12} /> : <IconUser size={12} />}
      style={{ maxWidth: '100%' }}
    >
      {authorLabel(source, author)}
    </Badge>
  );
}

/** What sets this version apart while it is collapsed: its first lines that differ from the current text. */
function FirstChangeGlimpse({ change }: { change: FirstChange | null }) {
  if (!change) {
    return (
      <Text size="sm" c="dimmed">
        Same text as the current version.
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="first-change">
      <Text size="xs" c="dimmed">
        First difference, at line {change.line}:
      </Text>
      {change.before.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          (this version ends here; the current text goes on)
        </Text>
      ) : (
        change.before.map((line, index) => (
          <Text key={index} size="sm" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
            {markdownToText(line)}
          </Text>
        ))
      )}
      {change.after.length > 0 ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          now: {markdownToText(change.after[0]!)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The opened version: its text is asked for only now (documents.version), then shown as a diff or in full. */
function OpenedVersion({
  applicationId,
  type,
  version,
  current,
}: {
  applicationId: string;
  type: DocumentType;
  version: VersionSummary;
  current: string;
}) {
  const [view, setView] = useState<'changes' | 'text'>('changes');
  const loaded = trpc.documents.version.useQuery(
    { applicationId, type, versionId: version.id },
    { staleTime: Infinity },
  );
  if (loaded.isPending) return <Loader size="sm" aria-label="Loading the version" />;
  if (loaded.error) return <Alert color="red">{loaded.error.message}</Alert>;
  return (
    <Stack gap="xs">
      <ChoiceControl
        size="xs"
        value={view}
        onChange={setView}
        choices={[
          { value: 'changes', label: 'Changes to the current text' },
          { value: 'text', label: 'This version' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'changes' ? (
        <VersionDiff
          older={loaded.data.content}
          newer={current}
          label={`Changes from version ${version.version} to the current text`}
        />
      ) : (
        <MarkdownView content={loaded.data.content} />
      )}
    </Stack>
  );
}

export function HistoryVersion({
  applicationId,
  type,
  version,
  current,
  currentVersion,
  restoring,
}: {
  applicationId: string;
  type: DocumentType;
  version: VersionSummary;
  current: string;
  currentVersion: number;
  restoring: boolean;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Paper withBorder p="md" radius="lg" component="li" data-testid="history-version">
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Group gap="xs">
            <Text fw={600}>Version {version.version}</Text>
            <AuthorBadge source={version.source} author={version.author} />
          </Group>
          <Text size="xs" c="dimmed">
            Written {formatMoment(version.writtenAt)} · replaced {formatMoment(version.replacedAt)} ·{' '}
            {version.characters.toLocaleString('en-US')} characters
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => setOpened((open) => !open)}
            aria-expanded={opened}
            rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          >
            {opened ? 'Hide' : 'Show changes'}
          </Button>
          <Form method="post">
            <input type="hidden" name="versionId" value={version.id} />
            <input type="hidden" name="baseVersion" value={currentVersion} />
            <Button
              type="submit"
              size="xs"
              variant="light"
              leftSection={<IconArrowBackUp size={14} />}
              loading={restoring}
              aria-label={`Restore version ${version.version}`}
            >
              Restore
            </Button>
          </Form>
        </Group>
      </Group>
      <FirstChangeGlimpse change={version.firstChange} />
      <Collapse in={opened}>
        {opened ? (
          <Paper withBorder radius="md" mt="sm" p="xs">
            <OpenedVersion applicationId={applicationId} type={type} version={version} current={current} />
          </Paper>
        ) : null}
      </Collapse>
    </Paper>
  );
}
