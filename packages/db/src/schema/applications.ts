/**
 * The job applications and their documents. Every document save keeps the previous text as a
 * version, so nothing a user wrote is ever lost; `version` lets a save refuse to overwrite newer text.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  APPLICATION_STAGES,
  APPLICATION_STATUSES,
  DOCUMENT_SOURCES,
  DOCUMENT_TYPES,
  PRIORITY_LEVELS,
} from '@jobforge/domain';
import { ownerRef } from './accounts.js';
import {
  createdAt,
  documentSourceColumn,
  documentTypeColumn,
  id,
  inList,
  stageColumn,
  timestamps,
  timestampTz,
} from './columns.js';

export const applications = pgTable(
  'applications',
  {
    id: id(),
    userId: ownerRef(),
    name: varchar('name', { length: 255 }).notNull(),
    companyName: varchar('company_name', { length: 255 }).notNull(),
    roleTitle: varchar('role_title', { length: 255 }).notNull(),
    jobUrl: text('job_url'),
    jobDescription: text('job_description').notNull(),
    location: varchar('location', { length: 255 }),
    priorityLevel: varchar('priority_level', { length: 20, enum: PRIORITY_LEVELS }).notNull().default('medium'),
    status: varchar('status', { length: 50, enum: APPLICATION_STATUSES }).notNull().default('draft'),
    additionalContext: text('additional_context'),
    stage: stageColumn('stage').notNull().default('saved'),
    /** When the current stage began (the `occurred_at` of its stage event), for "days in stage". */
    stageChangedAt: timestampTz('stage_changed_at').notNull().defaultNow(),
    /** The furthest stage reached on the road to a job (never `rejected` or `withdrawn`), for the funnel. */
    furthestStage: stageColumn('furthest_stage').notNull().default('saved'),
    /** Set when the application was sent; what was sent is frozen in `sent_documents` at that moment. */
    appliedAt: timestampTz('applied_at'),
    /** Facts about what was sent, frozen with it, so outcomes can be compared by them later. */
    sentTailored: boolean('sent_tailored'),
    sentBaseResumeId: uuid('sent_base_resume_id'),
    sentBaseResumeName: varchar('sent_base_resume_name', { length: 255 }),
    sentMatchScore: smallint('sent_match_score'),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('applications_user_name_key').on(table.userId, table.name),
    // Serves "a user's applications, newest first", the dashboard's query.
    index('applications_user_created_idx').on(table.userId, table.createdAt.desc()),
    check('applications_priority_check', sql`${table.priorityLevel} in (${inList(PRIORITY_LEVELS)})`),
    check('applications_status_check', sql`${table.status} in (${inList(APPLICATION_STATUSES)})`),
    check('applications_stage_check', sql`${table.stage} in (${inList(APPLICATION_STAGES)})`),
    check('applications_furthest_stage_check', sql`${table.furthestStage} in (${inList(APPLICATION_STAGES)})`),
    check('applications_sent_match_score_check', sql`${table.sentMatchScore} between 0 and 100`),
  ],
);

/** The application a row belongs to: deleting the application deletes the row. */
export const applicationRef = () =>
  uuid('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' });

/** The first columns of a row of an application's own data: its key, its owner and its application. */
export const applicationRowKeys = () => ({ id: id(), userId: ownerRef(), applicationId: applicationRef() });

export const documents = pgTable(
  'documents',
  {
    id: id(),
    applicationId: applicationRef(),
    documentType: documentTypeColumn(),
    content: text('content').notNull(),
    version: integer('version').notNull().default(1),
    source: documentSourceColumn().default('user'),
    /** Which engine and model wrote an AI text ("offline", "claude-sonnet-4-5"); null when the user did. */
    author: varchar('author', { length: 100 }),
    /**
     * SHA-256 of the job description an AI run wrote this from, carried through the user's edits,
     * so the page can say when the posting changed since. Null for documents no run ever wrote.
     */
    postingHash: varchar('posting_hash', { length: 64 }),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('documents_application_type_key').on(table.applicationId, table.documentType),
    check('documents_type_check', sql`${table.documentType} in (${inList(DOCUMENT_TYPES)})`),
    check('documents_source_check', sql`${table.source} in (${inList(DOCUMENT_SOURCES)})`),
  ],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    // Denormalised so the row-level policy checks the owner in one hop.
    applicationId: applicationRef(),
    version: integer('version').notNull(),
    content: text('content').notNull(),
    source: documentSourceColumn(),
    author: varchar('author', { length: 100 }),
    /** When this text was written (saved as the current text); `created_at` is when it was replaced. */
    writtenAt: timestampTz('written_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (table) => [
    index('document_versions_document_idx').on(table.documentId, table.version.desc()),
    index('document_versions_application_idx').on(table.applicationId),
  ],
);

export const userResumes = pgTable(
  'user_resumes',
  {
    id: id(),
    userId: ownerRef(),
    name: varchar('name', { length: 255 }).notNull(),
    content: text('content').notNull(),
    focusArea: varchar('focus_area', { length: 100 }),
    isPrimary: boolean('is_primary').notNull().default(false),
    // Entries the user marks as samples of their own writing feed the cover-letter style profile.
    isWritingSample: boolean('is_writing_sample').notNull().default(false),
    ...timestamps(),
  },
  (table) => [
    index('user_resumes_user_idx').on(table.userId),
    uniqueIndex('user_resumes_one_primary_key')
      .on(table.userId)
      .where(sql`${table.isPrimary}`),
  ],
);
