/**
 * An application's timeline, newest first: stage changes (with what was sent), notes, AI runs,
 * document saves, reminders and contacts. The "when" of a stage change or a note can be corrected;
 * notes can be edited and deleted; a note can be added with its own "when".
 */
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowRight,
  IconBell,
  IconCheck,
  IconFilePencil,
  IconFlag,
  IconNote,
  IconPencil,
  IconRobot,
  IconTrash,
  IconUser,
} from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState, type CSSProperties, type FormEvent, type ReactNode } from 'react';
import classes from '~/components/follow-ups/follow-ups.module.css';
import { FormError } from '~/components/form-messages';
import { NoteInput, useFieldErrors, useWhen, WhenInput } from '~/components/when-note-fields';
import { DOCUMENT_LABEL, PHASE_LABEL, REMINDER_KIND_LABEL, STAGE_LABEL } from '@jobforge/domain';
import { STAGE_COLOR } from '~/lib/colors';
import { formatWhen } from '~/lib/time';
import { trpc } from '~/lib/trpc';
import type { RouterOutputs } from '@jobforge/api';
import { engineName } from '~/lib/engine-name';

export type TimelineEntry = RouterOutputs['applications']['timeline']['entries'][number];

export function Timeline({
  applicationId,
  entries,
  more,
  timeZone,
  now,
}: {
  applicationId: string;
  entries: TimelineEntry[];
  more: boolean;
  timeZone: string;
  now: number;
}) {
  return (
    <Stack gap="md">
      <NoteForm applicationId={applicationId} timeZone={timeZone} now={now} />
      <ol className={classes.timeline} aria-label="Timeline, newest first">
        {entries.map((entry) => (
          <TimelineItem key={entry.key} entry={entry} timeZone={timeZone} />
        ))}
      </ol>
      {more ? (
        <Text size="xs" c="dimmed">
          Older entries are not shown.
        </Text>
      ) : null}
    </Stack>
  );
}

function describe(entry: TimelineEntry): { icon: ReactNode; color?: string; text: ReactNode } {
  switch (entry.type) {
    case 'created':
      return { icon: <IconFlag size={12} />, text: 'Application created (Saved)' };
    case 'stage':
      return {
        icon: <IconArrowRight size={12} />,
        color: `var(--mantine-color-${STAGE_COLOR[entry.to]}-filled)`,
        text: (
          <>
            Moved to <b>{STAGE_LABEL[entry.to]}</b>
            {entry.from ? ` from ${STAGE_LABEL[entry.from]}` : ''}
            {entry.sent
              ? entry.sent.documents.length > 0
                ? `; sent ${entry.sent.documents.map((d) => `${DOCUMENT_LABEL[d.type]} v${d.version}`).join(' and ')}${
                    entry.sent.tailored ? '' : ' (resume not tailored)'
                  }`
                : '; sent without a tailored resume or letter saved here'
              : ''}
          </>
        ),
      };
    case 'note':
      return { icon: <IconNote size={12} />, text: 'Note' };
    case 'ai_run':
      return {
        icon: <IconRobot size={12} />,
        color: entry.status === 'failed' ? 'var(--mantine-color-red-filled)' : 'var(--mantine-color-violet-filled)',
        text: `${PHASE_LABEL[entry.phase]} run ${
          entry.status === 'succeeded' ? 'finished' : entry.status === 'running' ? 'started' : entry.status
        } (${engineName(entry.engine, entry.model)})${entry.error ? `: ${entry.error}` : ''}`,
      };
    case 'document_saved':
      return {
        icon: <IconFilePencil size={12} />,
        text: `${DOCUMENT_LABEL[entry.documentType]} saved (version ${entry.version})`,
      };
    case 'reminder':
      return {
        icon: <IconBell size={12} />,
        text: `${REMINDER_KIND_LABEL[entry.kind]} set${entry.suggested ? ' (suggested)' : ''}: ${entry.title}`,
      };
    case 'reminder_done':
      return { icon: <IconCheck size={12} />, color: 'var(--mantine-color-teal-filled)', text: `Done: ${entry.title}` };
    case 'contact_added':
      return {
        icon: <IconUser size={12} />,
        text: `Contact added: ${entry.name}${entry.role ? ` (${entry.role})` : ''}`,
      };
  }
}

function TimelineItem({ entry, timeZone }: { entry: TimelineEntry; timeZone: string }) {
  const [editing, setEditing] = useState(false);
  const { icon, color, text } = describe(entry);
  const editable = entry.type === 'stage' || entry.type === 'note';
  return (
    <li className={classes.entry} style={{ '--entry-color': color } as CSSProperties}>
      <span className={classes.dot} aria-hidden>
        {icon}
      </span>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <div className={classes.entryText}>{text}</div>
          <div className={classes.when}>{formatWhen(entry.at, timeZone)}</div>
        </div>
        {editable && !editing ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label="Edit this entry"
            onClick={() => setEditing(true)}
          >
            <IconPencil size={14} />
          </ActionIcon>
        ) : null}
      </Group>
      {editing && (entry.type === 'stage' || entry.type === 'note') ? (
        <EntryEditor entry={entry} timeZone={timeZone} onDone={() => setEditing(false)} />
      ) : entry.type === 'note' || (entry.type === 'stage' && entry.note) ? (
        <div className={classes.note}>{entry.note}</div>
      ) : null}
    </li>
  );
}

function EntryEditor({
  entry,
  timeZone,
  onDone,
}: {
  entry: Extract<TimelineEntry, { type: 'stage' | 'note' }>;
  timeZone: string;
  onDone: () => void;
}) {
  const revalidator = useRevalidator();
  const { when, setWhen, at: readWhen } = useWhen(entry.at, timeZone);
  const [note, setNote] = useState(entry.note ?? '');
  const { errors, setErrors, onError } = useFieldErrors('form');
  const done = () => {
    revalidator.revalidate();
    onDone();
  };
  const update = trpc.applications.updateEvent.useMutation({ onSuccess: done, onError });
  const remove = trpc.applications.deleteNote.useMutation({
    onSuccess: done,
    onError: (error) => notifications.show({ color: 'red', title: 'Note not deleted', message: error.message }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = readWhen();
    if (!at) return setErrors({ at: 'Choose a date and time' });
    update.mutate({ eventId: entry.id, at, note });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Edit the entry">
      <Stack gap="xs" mt="xs">
        <WhenInput value={when} onChange={setWhen} error={errors.at} size="xs" w={220} />
        <NoteInput value={note} onChange={setNote} error={errors.note} size="xs" />
        <FormError message={errors.form} size="xs" />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={update.isPending}>
            Save
          </Button>
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          {entry.type === 'note' ? (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() => remove.mutate({ eventId: entry.id })}
            >
              Delete note
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function NoteForm({ applicationId, timeZone, now }: { applicationId: string; timeZone: string; now: number }) {
  const revalidator = useRevalidator();
  const [note, setNote] = useState('');
  const { when, setWhen, at: readWhen } = useWhen(new Date(now), timeZone);
  const { errors, setErrors, onError } = useFieldErrors('note');
  const add = trpc.applications.addNote.useMutation({
    onSuccess: () => {
      setNote('');
      setErrors({});
      revalidator.revalidate();
    },
    onError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = readWhen();
    if (!note.trim()) return setErrors({ note: 'Required' });
    if (!at) return setErrors({ at: 'Choose a date and time' });
    add.mutate({ id: applicationId, note, at });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a note">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NoteInput
          placeholder="Call with the recruiter: next round in two weeks"
          value={note}
          onChange={setNote}
          error={errors.note}
          minRows={1}
          style={{ flex: '1 1 260px' }}
        />
        <WhenInput value={when} onChange={setWhen} error={errors.at} w={220} />
        <Button type="submit" mt={25} loading={add.isPending}>
          Add note
        </Button>
      </Group>
    </form>
  );
}
