/**
 * The entries of an application's timeline, one reader per source: the timeline's own stage changes
 * and notes, AI runs, saves of the documents by the user (an AI save is told by its run), reminders
 * and contacts. Each reader returns at most `limit` of its newest entries; the handler merges them.
 */
import {
  aiRuns,
  applicationEvents,
  contacts,
  desc,
  documents,
  documentVersions,
  eq,
  reminders,
  type UserTx,
} from '@jobforge/db';
import { type AiEngineName, type ApplicationStage, type DocumentSource, type DocumentType } from '@jobforge/domain';
import type { SentRecord } from './freeze-sent.js';
import { reminderColumns } from '../reminders/reminder-fields.js';

export type TimelineEntry =
  | { type: 'created'; key: string; at: Date }
  | {
      type: 'stage';
      key: string;
      id: string;
      at: Date;
      from: ApplicationStage | null;
      to: ApplicationStage;
      note: string | null;
      sent: SentRecord | null;
    }
  | { type: 'note'; key: string; id: string; at: Date; note: string }
  | {
      type: 'ai_run';
      key: string;
      id: string;
      at: Date;
      phase: 'research' | 'resume' | 'cover_letter';
      status: 'running' | 'succeeded' | 'failed' | 'cancelled';
      engine: AiEngineName;
      model: string;
      error: string | null;
    }
  | { type: 'document_saved'; key: string; at: Date; documentType: DocumentType; version: number }
  | {
      type: 'reminder';
      key: string;
      id: string;
      at: Date;
      title: string;
      kind: 'task' | 'follow_up' | 'interview';
      dueAt: Date;
      completedAt: Date | null;
      suggested: boolean;
    }
  | { type: 'reminder_done'; key: string; id: string; at: Date; title: string }
  | { type: 'contact_added'; key: string; id: string; at: Date; name: string; role: string | null };

export async function eventEntries(db: UserTx, applicationId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      id: applicationEvents.id,
      kind: applicationEvents.kind,
      fromStage: applicationEvents.fromStage,
      toStage: applicationEvents.toStage,
      occurredAt: applicationEvents.occurredAt,
      note: applicationEvents.note,
      details: applicationEvents.details,
    })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(desc(applicationEvents.occurredAt), desc(applicationEvents.createdAt))
    .limit(limit);
  return rows.map((row): TimelineEntry => {
    if (row.kind === 'note')
      return { type: 'note', key: `e${row.id}`, id: row.id, at: row.occurredAt, note: row.note ?? '' };
    return {
      type: 'stage',
      key: `e${row.id}`,
      id: row.id,
      at: row.occurredAt,
      from: row.fromStage,
      to: row.toStage!,
      note: row.note,
      sent: ((row.details as { sent?: SentRecord } | null)?.sent ?? null) as SentRecord | null,
    };
  });
}

export async function runEntries(db: UserTx, applicationId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      id: aiRuns.id,
      phase: aiRuns.phase,
      status: aiRuns.status,
      engine: aiRuns.engine,
      model: aiRuns.model,
      error: aiRuns.error,
      startedAt: aiRuns.startedAt,
      finishedAt: aiRuns.finishedAt,
    })
    .from(aiRuns)
    .where(eq(aiRuns.applicationId, applicationId))
    .orderBy(desc(aiRuns.startedAt))
    .limit(limit);
  return rows.map(({ startedAt, finishedAt, ...run }) => ({
    type: 'ai_run',
    key: `r${run.id}`,
    at: finishedAt ?? startedAt,
    ...run,
  }));
}

/**
 * Version k of a document was saved when version k-1 was put aside (its history row's created_at),
 * and version 1 when the document was created. Saves by the AI are left to their run's entry.
 */
export async function documentSaveEntries(db: UserTx, applicationId: string, limit: number): Promise<TimelineEntry[]> {
  const current = await db
    .select({
      id: documents.id,
      type: documents.documentType,
      version: documents.version,
      source: documents.source,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(eq(documents.applicationId, applicationId));
  const history = await db
    .select({
      documentId: documentVersions.documentId,
      version: documentVersions.version,
      source: documentVersions.source,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(eq(documentVersions.applicationId, applicationId))
    .orderBy(desc(documentVersions.createdAt))
    .limit(limit);
  const entries: TimelineEntry[] = [];
  for (const document of current) {
    const mine = history.filter((row) => row.documentId === document.id);
    const sourceOf = (version: number): DocumentSource | null =>
      version === document.version ? document.source : mine.find((row) => row.version === version)?.source ?? null;
    const saves = [
      { version: 1, at: document.createdAt },
      ...mine.map((row) => ({ version: row.version + 1, at: row.createdAt })),
    ];
    for (const save of saves) {
      if (save.version > document.version || sourceOf(save.version) === 'ai') continue;
      entries.push({
        type: 'document_saved',
        key: `d${document.id}:${save.version}`,
        at: save.at,
        documentType: document.type,
        version: save.version,
      });
    }
  }
  return entries;
}

const { applicationId: _application, ...reminderOnTimeline } = reminderColumns;

export async function reminderEntries(db: UserTx, applicationId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select(reminderOnTimeline)
    .from(reminders)
    .where(eq(reminders.applicationId, applicationId))
    .orderBy(desc(reminders.createdAt))
    .limit(limit);
  return rows.flatMap(({ createdAt, ...reminder }): TimelineEntry[] => [
    { type: 'reminder', key: `m${reminder.id}`, at: createdAt, ...reminder },
    ...(reminder.completedAt
      ? [
          {
            type: 'reminder_done' as const,
            key: `m${reminder.id}:done`,
            id: reminder.id,
            at: reminder.completedAt,
            title: reminder.title,
          },
        ]
      : []),
  ]);
}

export async function contactEntries(db: UserTx, applicationId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ id: contacts.id, name: contacts.name, role: contacts.role, createdAt: contacts.createdAt })
    .from(contacts)
    .where(eq(contacts.applicationId, applicationId))
    .orderBy(desc(contacts.createdAt))
    .limit(limit);
  return rows.map(({ createdAt, ...contact }) => ({
    type: 'contact_added',
    key: `c${contact.id}`,
    at: createdAt,
    ...contact,
  }));
}
