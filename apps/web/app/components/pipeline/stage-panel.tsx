/**
 * The application's hiring stage: where it is, since when, what was sent, and a "Move to" menu whose
 * dialog asks when it happened (now by default) and takes an optional note for the timeline.
 */
import { Badge, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import { FormError } from '~/components/form-messages';
import { NoteInput, useFieldErrors, useWhen, WhenInput } from '~/components/when-note-fields';
import {
  APPLICATION_STAGES,
  DOCUMENT_LABEL,
  STAGE_LABEL,
  type ApplicationStage,
  type DocumentType,
} from '@jobforge/domain';
import { STAGE_COLOR } from '~/lib/colors';
import { daysSince, formatDate } from '~/lib/time';
import { trpc } from '~/lib/trpc';
import { SentDocumentButton } from './sent-document';

export interface StagePanelProps {
  applicationId: string;
  stage: ApplicationStage;
  stageChangedAt: string | Date;
  appliedAt: string | Date | null;
  sent: Array<{ documentType: DocumentType; version: number; sentAt: string | Date }>;
  currentVersions: Partial<Record<DocumentType, number>>;
  timeZone: string;
  now: number;
}

export function StagePanel(props: StagePanelProps) {
  const { applicationId, stage, stageChangedAt, appliedAt, sent, timeZone, now } = props;
  const [target, setTarget] = useState<ApplicationStage | null>(null);
  const days = daysSince(stageChangedAt, now);
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          Stage
        </Text>
        <Badge color={STAGE_COLOR[stage]} variant="light" size="lg" data-testid="current-stage">
          {STAGE_LABEL[stage]}
        </Badge>
        <Text size="sm" c="dimmed" suppressHydrationWarning>
          since {formatDate(stageChangedAt, timeZone)} ({days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'}`})
        </Text>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" size="xs" rightSection={<IconChevronDown size={14} />}>
              Move to
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {APPLICATION_STAGES.filter((option) => option !== stage).map((option) => (
              <Menu.Item key={option} onClick={() => setTarget(option)}>
                {STAGE_LABEL[option]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {appliedAt ? (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            Applied {formatDate(appliedAt, timeZone)}
            {sent.length > 0 ? '; sent:' : '; no tailored resume or letter was saved when it was sent.'}
          </Text>
          {sent.map((document) => (
            <SentDocumentButton
              key={document.documentType}
              applicationId={applicationId}
              type={document.documentType as 'optimized_resume' | 'cover_letter'}
              label={`${DOCUMENT_LABEL[document.documentType]} v${document.version}`}
              currentVersion={props.currentVersions[document.documentType]}
            />
          ))}
        </Group>
      ) : null}
      {target ? (
        <MoveDialog
          applicationId={applicationId}
          from={stage}
          to={target}
          timeZone={timeZone}
          now={now}
          onClose={() => setTarget(null)}
        />
      ) : null}
    </Stack>
  );
}

function MoveDialog({
  applicationId,
  from,
  to,
  timeZone,
  now,
  onClose,
}: {
  applicationId: string;
  from: ApplicationStage;
  to: ApplicationStage;
  timeZone: string;
  now: number;
  onClose: () => void;
}) {
  const revalidator = useRevalidator();
  const { when, setWhen, at: readWhen } = useWhen(new Date(now), timeZone);
  const [note, setNote] = useState('');
  const { errors, setErrors, onError } = useFieldErrors('form');
  const move = trpc.applications.moveStage.useMutation({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: `Moved to ${STAGE_LABEL[to]}` });
      revalidator.revalidate();
      onClose();
    },
    onError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = readWhen();
    if (!at) return setErrors({ at: 'Choose a date and time' });
    move.mutate({ id: applicationId, stage: to, at, note });
  };
  const sends = from === 'saved' && to !== 'rejected' && to !== 'withdrawn';
  return (
    <Modal opened onClose={onClose} title={`Move from ${STAGE_LABEL[from]} to ${STAGE_LABEL[to]}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {sends ? (
            <Text size="sm" c="dimmed">
              The current tailored resume and cover letter are kept exactly as they are now, as the versions you sent.
            </Text>
          ) : null}
          <WhenInput value={when} onChange={setWhen} error={errors.at} data-autofocus />
          <NoteInput
            label="Note (optional)"
            placeholder="Applied through the careers page; referred by Sam"
            value={note}
            onChange={setNote}
            error={errors.note}
          />
          <FormError message={errors.form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} type="button">
              Cancel
            </Button>
            <Button type="submit" loading={move.isPending}>
              Move to {STAGE_LABEL[to]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
