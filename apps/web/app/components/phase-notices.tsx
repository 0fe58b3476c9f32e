import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Link } from '@remix-run/react';
import { DOCUMENT_LABEL, PHASE_DOCUMENT, PHASE_LABEL, type AiPhase } from '@jobforge/domain';

/** Fewer words than this and a posting says too little to tailor anything to. */
export const THIN_POSTING_WORDS = 40;

/**
 * What the page knows before a run: a posting too short to say much, and documents made from an
 * earlier version of the job description, each with a way to run its phase again.
 */
export function PhaseNotices({
  applicationId,
  postingWords,
  stale,
  busy,
  onRun,
}: {
  applicationId: string;
  postingWords: number;
  stale: AiPhase[];
  busy: boolean;
  onRun: (phase: AiPhase) => void;
}) {
  return (
    <>
      {postingWords < THIN_POSTING_WORDS ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="A very short job description" role="status">
          <Text size="sm">
            The posting has {postingWords} {postingWords === 1 ? 'word' : 'words'}: the research, resume and letter made
            from it will be thin and generic.{' '}
            <Anchor component={Link} to={`/applications/${applicationId}/edit`} size="sm">
              Paste the full job description
            </Anchor>{' '}
            before running the phases.
          </Text>
        </Alert>
      ) : null}
      {stale.length > 0 ? (
        <Alert color="orange" icon={<IconRefresh size={18} />} title="The job description changed" role="status">
          <Stack gap={6}>
            {stale.map((phase) => (
              <Group key={phase} justify="space-between" gap="xs">
                <Text size="sm">
                  The {DOCUMENT_LABEL[PHASE_DOCUMENT[phase]].toLowerCase()} was made from an older version of the
                  posting.
                </Text>
                <Button size="xs" variant="light" color="orange" disabled={busy} onClick={() => onRun(phase)}>
                  Run {PHASE_LABEL[phase].toLowerCase()} again
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </>
  );
}

/** Asks before a run replaces a document the user edited, and says where the edited text stays. */
export function RegenerateConfirm({
  phase,
  onConfirm,
  onCancel,
}: {
  phase: AiPhase | null;
  onConfirm: (phase: AiPhase) => void;
  onCancel: () => void;
}) {
  const document = phase ? DOCUMENT_LABEL[PHASE_DOCUMENT[phase]].toLowerCase() : '';
  return (
    <Modal opened={phase !== null} onClose={onCancel} title={`Replace your edited ${document}?`} centered>
      <Stack gap="md">
        <Text size="sm">
          You edited the current {document}. Running {phase ? PHASE_LABEL[phase].toLowerCase() : ''} again writes a new
          one in its place. Your edited version stays in the history, where you can compare it or restore it.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep my version
          </Button>
          <Button onClick={() => phase && onConfirm(phase)}>Run again</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
