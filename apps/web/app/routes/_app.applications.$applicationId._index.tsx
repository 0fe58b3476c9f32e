import { Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconEdit, IconHistory, IconRobot, IconUser } from '@tabler/icons-react';
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData, useSearchParams } from '@remix-run/react';
import { DownloadMenu } from '~/components/download-menu';
import { ReminderForm } from '~/components/follow-ups/reminder-form';
import { ReminderList } from '~/components/follow-ups/reminder-list';
import { Contacts } from '~/components/pipeline/contacts';
import { Timeline } from '~/components/pipeline/timeline';
import { serverApi } from '~/lib/api.server';
import { useNow, useTimeZone } from '~/lib/use-time-zone';
import { MarkdownView } from '~/components/markdown-view';
import { TruthPanel } from '~/components/truth-panel';
import { MatchScorePanel } from '~/components/match-score-panel';
import {
  DOCUMENT_LABEL,
  DOCUMENT_TYPES,
  formatMoment,
  isDocumentType,
  isUuid,
  type DocumentType,
  type AiPhase,
} from '@jobforge/domain';
import type { loader as applicationLoader, RunCredit } from './_app.applications.$applicationId';
import { engineName } from '~/lib/engine-name';

const POSTING_TAB = 'posting';
const PIPELINE_TABS = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'reminders', label: 'Reminders' },
  { value: 'contacts', label: 'Contacts' },
] as const;

/** The hiring side of the application, beside the documents: its timeline, reminders and contacts. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  if (!isUuid(params.applicationId)) throw api.fail(404, 'Application not found');
  const id = params.applicationId!;
  const [timeline, reminders, contacts] = await api.load(async (caller) => [
    await caller.applications.timeline({ id }),
    await caller.reminders.list({ applicationId: id, includeCompleted: true, limit: 200 }),
    await caller.contacts.list({ applicationId: id }),
  ]);
  return data({ timeline, reminders, contacts }, { headers: api.headers });
}

const PHASE_OF: Record<DocumentType, AiPhase> = {
  research_report: 'research',
  optimized_resume: 'resume',
  cover_letter: 'cover_letter',
};

function engineCredit(run: RunCredit | undefined): string {
  if (!run) return '';
  if (run.engine === 'offline') return ' · by the offline engine (no AI service called)';
  return ` · by ${engineName(run.engine, run.model)} · ${run.tokens.toLocaleString('en-US')} tokens · $${Number(
    run.costUsd,
  ).toFixed(4)}`;
}

const EMPTY_HINT: Record<DocumentType, string> = {
  research_report: 'Run the Research phase to analyse the company and the role, or write your own notes.',
  optimized_resume: 'Run the Resume phase to tailor your base resume to this job, or write it yourself.',
  cover_letter: 'Run the Cover letter phase to draft a letter in your voice, or write it yourself.',
};

export default function ApplicationDocuments() {
  const loaded = useRouteLoaderData<typeof applicationLoader>('routes/_app.applications.$applicationId');
  const pipeline = useLoaderData<typeof loader>();
  const [searchParams, setSearchParams] = useSearchParams();
  const timeZone = useTimeZone();
  const now = useNow();
  if (!loaded) return null;
  const { application, lastRuns } = loaded;
  const requested = searchParams.get('tab');
  const tab =
    requested === POSTING_TAB || isDocumentType(requested) || PIPELINE_TABS.some((t) => t.value === requested)
      ? requested
      : 'research_report';
  const openReminders = pipeline.reminders.filter((reminder) => !reminder.completedAt).length;
  const byType = new Map(application.documents.map((document) => [document.documentType, document]));

  return (
    <Tabs
      value={tab}
      onChange={(value) => value && setSearchParams({ tab: value }, { replace: true, preventScrollReset: true })}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List>
        {DOCUMENT_TYPES.map((type) => (
          <Tabs.Tab
            key={type}
            value={type}
            rightSection={
              byType.has(type) ? undefined : (
                <Badge size="xs" variant="light" color="gray">
                  empty
                </Badge>
              )
            }
          >
            {DOCUMENT_LABEL[type]}
          </Tabs.Tab>
        ))}
        <Tabs.Tab value={POSTING_TAB}>Job posting</Tabs.Tab>
        {PIPELINE_TABS.map((pipelineTab) => (
          <Tabs.Tab
            key={pipelineTab.value}
            value={pipelineTab.value}
            rightSection={
              pipelineTab.value === 'reminders' && openReminders > 0 ? (
                <Badge size="xs" variant="light">
                  {openReminders}
                </Badge>
              ) : pipelineTab.value === 'contacts' && pipeline.contacts.length > 0 ? (
                <Badge size="xs" variant="light" color="gray">
                  {pipeline.contacts.length}
                </Badge>
              ) : undefined
            }
          >
            {pipelineTab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>

      <Tabs.Panel value="timeline" pt="md">
        <Timeline
          applicationId={application.id}
          entries={pipeline.timeline.entries}
          more={pipeline.timeline.more}
          timeZone={timeZone}
          now={now}
        />
      </Tabs.Panel>
      <Tabs.Panel value="reminders" pt="md">
        <Stack gap="md">
          <ReminderForm applicationId={application.id} timeZone={timeZone} now={now} />
          {pipeline.reminders.length > 0 ? (
            <ReminderList
              reminders={pipeline.reminders}
              timeZone={timeZone}
              now={now}
              label="Reminders of this application"
            />
          ) : (
            <Text size="sm" c="dimmed">
              No reminders yet. Interviews you add here also appear in your calendar feed (Settings).
            </Text>
          )}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="contacts" pt="md">
        <Contacts applicationId={application.id} contacts={pipeline.contacts} />
      </Tabs.Panel>

      {DOCUMENT_TYPES.map((type) => {
        const document = byType.get(type);
        const base = `/applications/${application.id}/documents/${type}`;
        return (
          <Tabs.Panel key={type} value={type} pt="md">
            {document ? (
              <Stack gap="sm">
                <Group justify="space-between" gap="sm">
                  <Group gap="xs">
                    <Badge
                      variant="light"
                      color={document.source === 'ai' ? 'violet' : 'blue'}
                      leftSection={document.source === 'ai' ? <IconRobot size={12} /> : <IconUser size={12} />}
                    >
                      {document.source === 'ai' ? 'Written by AI' : 'Edited by you'}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      Version {document.version} · saved {formatMoment(document.updatedAt)}
                      {document.source === 'ai' ? engineCredit(lastRuns[PHASE_OF[type]]) : ''}
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <DownloadMenu base={`/export/applications/${application.id}/${type}`} markdown={document.content} />
                    <Button
                      component={Link}
                      to={`${base}/history`}
                      variant="default"
                      size="sm"
                      leftSection={<IconHistory size={16} />}
                    >
                      History
                    </Button>
                    <Button component={Link} to={`${base}/edit`} size="sm" leftSection={<IconEdit size={16} />}>
                      Edit
                    </Button>
                  </Group>
                </Group>
                {type === 'optimized_resume' && lastRuns.resume?.score ? (
                  <MatchScorePanel report={lastRuns.resume.score} />
                ) : null}
                {lastRuns[PHASE_OF[type]]?.check ? (
                  <TruthPanel check={lastRuns[PHASE_OF[type]]!.check!} edited={document.source !== 'ai'} />
                ) : null}
                <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="lg">
                  <MarkdownView content={document.content} label={DOCUMENT_LABEL[type]} />
                </Paper>
              </Stack>
            ) : (
              <Paper withBorder p="xl" radius="lg" ta="center">
                <Title order={2} fz="lg">
                  No {DOCUMENT_LABEL[type].toLowerCase()} yet
                </Title>
                <Text c="dimmed" size="sm" mt={6} maw={460} mx="auto">
                  {EMPTY_HINT[type]}
                </Text>
                <Button
                  component={Link}
                  to={`${base}/edit`}
                  variant="light"
                  mt="md"
                  leftSection={<IconEdit size={16} />}
                >
                  Write it yourself
                </Button>
              </Paper>
            )}
          </Tabs.Panel>
        );
      })}

      <Tabs.Panel value={POSTING_TAB} pt="md">
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="lg">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} size="sm">
            {application.jobDescription}
          </Text>
          {application.additionalContext ? (
            <>
              <Title order={3} fz="sm" mt="lg" mb={4}>
                Your additional context
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} size="sm" c="dimmed">
                {application.additionalContext}
              </Text>
            </>
          ) : null}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
