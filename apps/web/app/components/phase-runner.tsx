import { Alert, Button, Group, Loader, Paper, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerStop } from '@tabler/icons-react';
import { skipToken } from '@tanstack/react-query';
import { useRevalidator } from '@remix-run/react';
import { useCallback, useState } from 'react';
import { DOCUMENT_LABEL, LIMITS, PHASE_DOCUMENT, PHASE_LABEL, type DocumentType, type AiPhase } from '@jobforge/domain';
import { trpc } from '~/lib/trpc';
import { Disclosure } from './disclosure';
import { PhaseBar, type PhaseState } from './phase-bar';
import { PhaseNotices, RegenerateConfirm } from './phase-notices';
import { engineName } from '~/lib/engine-name';

export interface ActiveRun {
  runId: string;
  phase: AiPhase;
}

interface Progress {
  steps: string[];
  text: string;
  engine: string | null;
  model: string | null;
}

const EMPTY_PROGRESS: Progress = { steps: [], text: '', engine: null, model: null };
/** The streamed text can be long; the panel shows its end, where the writing is happening. */
const SHOWN_TEXT = 4_000;

/**
 * Runs a phase and follows it live: ai.runPhase starts it, ai.onProgress streams its steps and
 * text, Cancel stops it. When it ends the page's data is reloaded, so the new document, the phase
 * check and the status appear without a refresh.
 */
export function PhaseRunner({
  applicationId,
  done,
  edited,
  stale,
  postingWords,
  initialRun,
  onFinished,
}: {
  applicationId: string;
  done: Record<AiPhase, boolean>;
  /** Phases whose current document was last written by the user: rerunning them asks first. */
  edited: Record<AiPhase, boolean>;
  /** Phases whose document was made from an older job description. */
  stale: AiPhase[];
  postingWords: number;
  initialRun: ActiveRun | null;
  onFinished: (document: DocumentType) => void;
}) {
  const [confirming, setConfirming] = useState<AiPhase | null>(null);
  const revalidator = useRevalidator();
  const [active, setActive] = useState<ActiveRun | null>(initialRun);
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  const [problem, setProblem] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');

  const start = trpc.ai.runPhase.useMutation({
    onMutate: () => {
      setProblem(null);
      setProgress(EMPTY_PROGRESS);
    },
    onSuccess: (run) => setActive({ runId: run.id, phase: run.phase }),
    onError: (error) => setProblem(error.message),
  });
  const cancel = trpc.ai.cancelRun.useMutation({
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel', message: error.message }),
  });

  const finish = useCallback(() => {
    setActive(null);
    revalidator.revalidate();
  }, [revalidator]);

  trpc.ai.onProgress.useSubscription(active ? { runId: active.runId } : skipToken, {
    onData: ({ data: event }) => {
      if (!active) return;
      const label = PHASE_LABEL[active.phase];
      switch (event.type) {
        case 'started':
          setProgress((current) => ({ ...current, engine: event.run.engine, model: event.run.model }));
          break;
        case 'step':
          setProgress((current) => ({ ...current, steps: [...current.steps, event.label] }));
          break;
        case 'text':
          setProgress((current) => ({ ...current, text: (current.text + event.delta).slice(-SHOWN_TEXT * 2) }));
          break;
        case 'reset':
          setProgress((current) => ({
            ...current,
            text: '',
            steps: event.reason === 'checked' ? current.steps : [...current.steps, event.reason],
          }));
          break;
        case 'finished': {
          const engine = engineName(event.run.engine, event.run.model);
          notifications.show({
            color: 'teal',
            title: `${label} finished`,
            message: `${DOCUMENT_LABEL[PHASE_DOCUMENT[active.phase]]} written by ${engine}.`,
          });
          onFinished(PHASE_DOCUMENT[active.phase]);
          finish();
          break;
        }
        case 'failed':
          if (event.error.kind === 'cancelled')
            notifications.show({ color: 'gray', title: `${label} cancelled`, message: event.error.message });
          else setProblem(event.error.message);
          finish();
          break;
      }
    },
    onError: (error) => {
      setProblem(`Lost the connection to the run: ${error.message} Reload the page to see whether it finished.`);
      finish();
    },
  });

  const phases = Object.fromEntries(
    (Object.keys(done) as AiPhase[]).map((phase) => [
      phase,
      { done: done[phase], running: active?.phase === phase || (start.isPending && start.variables?.phase === phase) },
    ]),
  ) as Record<AiPhase, PhaseState>;

  const busy = active !== null || start.isPending;
  const run = (phase: AiPhase) =>
    start.mutate({ applicationId, phase, ...(instructions.trim() ? { userContext: instructions } : {}) });
  const requestRun = (phase: AiPhase) => (edited[phase] ? setConfirming(phase) : run(phase));
  const shownText = progress.text.slice(-SHOWN_TEXT);

  return (
    <Stack gap="sm" style={{ flex: '1 1 420px' }}>
      <PhaseBar phases={phases} busy={busy} onRun={requestRun} />
      <PhaseNotices
        applicationId={applicationId}
        postingWords={postingWords}
        stale={stale}
        busy={busy}
        onRun={requestRun}
      />
      <RegenerateConfirm
        phase={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(phase) => {
          setConfirming(null);
          run(phase);
        }}
      />
      <div>
        <Disclosure
          size="xs"
          showLabel="Add instructions for the next run"
          hideLabel="Hide instructions for the next run"
        >
          <Textarea
            mt="xs"
            label="Instructions for the next run"
            description="For example: stress the platform migration, keep the letter under 250 words."
            value={instructions}
            onChange={(event) => setInstructions(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={LIMITS.additionalContext}
          />
        </Disclosure>
      </div>
      {problem ? (
        <Alert
          color="red"
          title="The phase did not finish"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setProblem(null)}
          role="alert"
        >
          {problem}
        </Alert>
      ) : null}
      {active ? (
        <Paper withBorder p="md" radius="lg" aria-live="polite" aria-busy="true" data-testid="run-progress">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Loader size="sm" />
              <div>
                <Text fw={600} size="sm">
                  {PHASE_LABEL[active.phase]} in progress
                  {progress.engine ? ` · ${engineName(progress.engine, progress.model)}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {progress.steps.at(-1) ?? 'Starting…'}
                </Text>
              </div>
            </Group>
            <Button
              variant="default"
              color="red"
              size="xs"
              leftSection={<IconPlayerStop size={14} />}
              loading={cancel.isPending}
              onClick={() => cancel.mutate({ runId: active.runId })}
            >
              Cancel
            </Button>
          </Group>
          {shownText ? (
            <Text size="xs" c="dimmed" mt="sm">
              Draft as it is written. Every line is checked against your material before it is saved; the checked
              version replaces this draft.
            </Text>
          ) : null}
          {shownText ? (
            <ScrollArea.Autosize mah={180} mt="sm" type="auto">
              <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {shownText}
              </Text>
            </ScrollArea.Autosize>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  );
}
