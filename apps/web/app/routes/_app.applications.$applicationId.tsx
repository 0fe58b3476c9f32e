import { Alert, Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconExternalLink, IconMapPin, IconPencil } from '@tabler/icons-react';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, Outlet, useLoaderData, useLocation, useSearchParams } from '@remix-run/react';
import { DeleteApplicationButton, PriorityControl } from '~/components/application-controls';
import { RouteErrorView } from '~/components/error-view';
import { PhaseRunner } from '~/components/phase-runner';
import { StagePanel } from '~/components/pipeline/stage-panel';
import { useNow, useTimeZone } from '~/lib/use-time-zone';
import { serverApi } from '~/lib/api.server';
import { truthCheckOf, type TruthCheck } from '~/components/truth-panel';
import { scoreReportOf, type ScoreReport } from '~/components/match-score-panel';
import {
  formatDay,
  isPriorityLevel,
  isUuid,
  AI_PHASES,
  PHASE_DOCUMENT,
  type DocumentType,
  type AiPhase,
  type AiEngineName,
} from '@jobforge/domain';
import { textField } from '~/lib/forms';
import { countWords } from '@jobforge/ai';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  {
    title: loaded
      ? `${loaded.application.companyName} · ${loaded.application.roleTitle} · Job Forge`
      : 'Application · Job Forge',
  },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  if (!isUuid(params.applicationId)) throw api.fail(404, 'Application not found');
  const id = params.applicationId!;
  const [application, runs] = await api.load((caller) =>
    Promise.all([caller.applications.get({ id }), caller.ai.runs({ applicationId: id })]),
  );
  // A run still going (started in another tab, or before a reload) is followed again.
  const running = runs.runs.find((run) => run.status === 'running');
  return data(
    {
      application,
      postingWords: countWords(application.jobDescription),
      activeRun: running ? { runId: running.id, phase: running.phase } : null,
      lastRuns: lastSucceededRuns(runs.runs),
    },
    { headers: api.headers },
  );
}

export interface RunCredit {
  engine: AiEngineName;
  model: string;
  tokens: number;
  costUsd: string;
  finishedAt: Date | null;
  /** What the truth check removed or restored in the document this run wrote. */
  check: TruthCheck | null;
  /** The resume phase's match score and keyword coverage before and after tailoring. */
  score: ScoreReport | null;
}

/** Which engine wrote each phase's current output, so the page can say so plainly. */
export function lastSucceededRuns(
  runs: Array<{
    phase: AiPhase;
    status: string;
    engine: AiEngineName;
    model: string;
    inputTokens: number;
    outputTokens: number;
    costUsd: string;
    finishedAt: Date | null;
    details?: unknown;
  }>,
): Partial<Record<AiPhase, RunCredit>> {
  const credits: Partial<Record<AiPhase, RunCredit>> = {};
  // Newest first: the first success seen for a phase is the one that wrote its document.
  for (const run of runs) {
    if (run.status !== 'succeeded' || credits[run.phase]) continue;
    credits[run.phase] = {
      engine: run.engine,
      model: run.model,
      tokens: run.inputTokens + run.outputTokens,
      costUsd: run.costUsd,
      finishedAt: run.finishedAt,
      check: truthCheckOf(run.details),
      score: scoreReportOf(run.details),
    };
  }
  return credits;
}

/** Deleting, and the no-JavaScript path for priority (the browser normally uses tRPC). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const id = params.applicationId;
  if (!isUuid(id)) throw api.fail(404, 'Application not found');
  const form = await request.formData();
  const intent = textField(form, 'intent');
  if (intent === 'delete') {
    const result = await api.act((caller) => caller.applications.delete({ id }));
    if (!result.ok) throw api.fail(result.failure.status, result.failure.message);
    return redirect('/?deleted=1', { headers: api.headers });
  }
  if (intent === 'details') {
    const priorityLevel = textField(form, 'priorityLevel');
    const result = await api.act(async (caller) => {
      if (isPriorityLevel(priorityLevel)) await caller.applications.update({ id, priorityLevel });
    });
    if (!result.ok) throw api.fail(result.failure.status, result.failure.message);
    return data({ ok: true }, { headers: api.headers });
  }
  throw api.fail(400, 'This form sent an action the page does not know.');
}

export type ApplicationPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function ApplicationLayout() {
  const { application, activeRun, postingWords } = useLoaderData<typeof loader>();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const onOverview = location.pathname === `/applications/${application.id}`;
  const done: Record<AiPhase, boolean> = {
    research: application.researchCompleted,
    resume: application.resumeOptimized,
    cover_letter: application.coverLetterGenerated,
  };
  const byPhase = (test: (document: (typeof application.documents)[number]) => boolean) =>
    AI_PHASES.filter((phase) => application.documents.some((d) => d.documentType === PHASE_DOCUMENT[phase] && test(d)));
  const editedPhases = byPhase((document) => document.source === 'user');
  const edited = Object.fromEntries(AI_PHASES.map((phase) => [phase, editedPhases.includes(phase)])) as Record<
    AiPhase,
    boolean
  >;
  const stale = byPhase((document) => document.madeFromOlderPosting);
  const showDocument = (type: DocumentType) => {
    if (onOverview) {
      setSearchParams({ tab: type }, { replace: true, preventScrollReset: true });
    }
  };
  const label = `${application.companyName} · ${application.roleTitle}`;
  const timeZone = useTimeZone();
  const now = useNow();

  return (
    <Stack gap="lg" maw={1200}>
      {searchParams.get('created') ? (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={18} />}
          title="Application created"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() =>
            setSearchParams((params) => (params.delete('created'), params), { replace: true, preventScrollReset: true })
          }
        >
          Saved as <Code>{application.name}</Code>. Run the phases below, or write the documents yourself.
        </Alert>
      ) : null}

      {onOverview ? (
        <>
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
              <Title order={1} fz={{ base: 24, sm: 30 }} style={{ overflowWrap: 'anywhere' }}>
                {application.companyName}
              </Title>
              <Text fz="lg" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {application.roleTitle}
              </Text>
              <Group gap="md" mt={4}>
                <Code
                  title="Application name"
                  style={{ maxWidth: '100%', overflowWrap: 'anywhere', whiteSpace: 'normal' }}
                >
                  {application.name}
                </Code>
                {application.location ? (
                  <Group gap={4}>
                    <IconMapPin size={14} aria-hidden />
                    <Text size="sm" c="dimmed">
                      {application.location}
                    </Text>
                  </Group>
                ) : null}
                <Text size="sm" c="dimmed">
                  Created {formatDay(application.createdAt)}
                </Text>
                {application.jobUrl ? (
                  <Anchor href={application.jobUrl} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                    <Group gap={4} component="span">
                      Job posting <IconExternalLink size={14} aria-hidden />
                    </Group>
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
            <Group gap="xs">
              <Button
                component={Link}
                to={`/applications/${application.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} />}
              >
                Edit details
              </Button>
              <DeleteApplicationButton label={label} />
            </Group>
          </Group>

          <StagePanel
            applicationId={application.id}
            stage={application.stage}
            stageChangedAt={application.stageChangedAt}
            appliedAt={application.appliedAt}
            sent={application.sent}
            currentVersions={Object.fromEntries(application.documents.map((d) => [d.documentType, d.version]))}
            timeZone={timeZone}
            now={now}
          />

          <Group justify="space-between" align="flex-end" gap="md">
            <PhaseRunner
              key={application.id}
              applicationId={application.id}
              done={done}
              edited={edited}
              stale={stale}
              postingWords={postingWords}
              initialRun={activeRun}
              onFinished={showDocument}
            />
            <PriorityControl applicationId={application.id} priority={application.priorityLevel} />
          </Group>
        </>
      ) : (
        // Editing and history get the width and height: the application shrinks to a way back.
        <Anchor component={Link} to={`/applications/${application.id}`} size="sm" fw={500}>
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {label}
          </Group>
        </Anchor>
      )}

      <Outlet />
    </Stack>
  );
}

export function ErrorBoundary() {
  return <RouteErrorView />;
}
