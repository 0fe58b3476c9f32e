/**
 * The job search after "send": stage changes and notes on an application's timeline, reminders,
 * contacts, the documents frozen when the application was sent, and the private calendar feed.
 * Every table names its owner (`user_id`) and its application, and row-level security checks both.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { ownerRef } from './accounts.js';
import {
  APPLICATION_EVENT_KINDS,
  APPLICATION_STAGES,
  DOCUMENT_SOURCES,
  DOCUMENT_TYPES,
  REMINDER_KINDS,
} from '@jobforge/domain';
import { applicationRowKeys } from './applications.js';
import {
  createdAt,
  documentSourceColumn,
  documentTypeColumn,
  inList,
  stageColumn,
  timestamps,
  timestampTz,
} from './columns.js';

/** The timeline's own entries: stage changes (with an editable "when") and notes. */
export const applicationEvents = pgTable(
  'application_events',
  {
    ...applicationRowKeys(),
    kind: varchar('kind', { length: 10, enum: APPLICATION_EVENT_KINDS }).notNull(),
    fromStage: stageColumn('from_stage'),
    toStage: stageColumn('to_stage'),
    /** When it happened, as the user says (defaults to when it was recorded). */
    occurredAt: timestampTz('occurred_at').notNull().defaultNow(),
    note: text('note'),
    /** For the stage change that sent the application: the document versions that went out. */
    details: jsonb('details'),
    ...timestamps(),
  },
  (table) => [
    index('application_events_application_idx').on(table.applicationId, table.occurredAt.desc()),
    index('application_events_user_occurred_idx').on(table.userId, table.occurredAt),
    check('application_events_kind_check', sql`${table.kind} in (${inList(APPLICATION_EVENT_KINDS)})`),
    check(
      'application_events_stage_check',
      sql`(${table.kind} = 'stage') = (${table.toStage} is not null) and (${table.fromStage} is null or ${
        table.fromStage
      } in (${inList(APPLICATION_STAGES)})) and (${table.toStage} is null or ${table.toStage} in (${inList(
        APPLICATION_STAGES,
      )}))`,
    ),
  ],
);

export const reminders = pgTable(
  'reminders',
  {
    ...applicationRowKeys(),
    title: varchar('title', { length: 255 }).notNull(),
    kind: varchar('kind', { length: 20, enum: REMINDER_KINDS }).notNull().default('task'),
    dueAt: timestampTz('due_at').notNull(),
    completedAt: timestampTz('completed_at'),
    /** Made by the app (a follow-up after applying) rather than by the user; withdrawn when moot. */
    suggested: boolean('suggested').notNull().default(false),
    ...timestamps(),
  },
  (table) => [
    // The dashboard's and the calendar feed's question: a user's open reminders by due date.
    index('reminders_user_open_due_idx')
      .on(table.userId, table.dueAt)
      .where(sql`${table.completedAt} is null`),
    index('reminders_application_idx').on(table.applicationId, table.dueAt),
    check('reminders_kind_check', sql`${table.kind} in (${inList(REMINDER_KINDS)})`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    ...applicationRowKeys(),
    name: varchar('name', { length: 255 }).notNull(),
    email: varchar('email', { length: 255 }),
    role: varchar('role', { length: 255 }),
    notes: text('notes'),
    ...timestamps(),
  },
  (table) => [
    index('contacts_application_idx').on(table.applicationId, table.createdAt),
    index('contacts_user_idx').on(table.userId),
  ],
);

/**
 * The exact text of the tailored resume and the cover letter at the moment the application was sent,
 * kept apart from the editable documents and their history (which may be pruned), so "which version
 * did I send?" always has an answer.
 */
export const sentDocuments = pgTable(
  'sent_documents',
  {
    ...applicationRowKeys(),
    documentType: documentTypeColumn(),
    /** The document's version number when it was sent. */
    version: integer('version').notNull(),
    content: text('content').notNull(),
    source: documentSourceColumn(),
    sentAt: timestampTz('sent_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('sent_documents_application_type_key').on(table.applicationId, table.documentType),
    index('sent_documents_user_idx').on(table.userId),
    check('sent_documents_type_check', sql`${table.documentType} in (${inList(DOCUMENT_TYPES)})`),
    check('sent_documents_source_check', sql`${table.source} in (${inList(DOCUMENT_SOURCES)})`),
  ],
);

/**
 * A private calendar (.ics) address per user, `<id>.<secret>` like the other bearer secrets: the id
 * finds the row, only SHA-256 of the secret is stored. Rotating replaces the row, so the old address
 * stops working at once.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: text('id').primaryKey(),
  userId: ownerRef().unique('calendar_feeds_user_key'),
  secretHash: text('secret_hash').notNull(),
  createdAt: createdAt(),
  lastUsedAt: timestampTz('last_used_at'),
});
