/**
 * One owned row per tenant table, so the isolation suite can attack every table the same way.
 * A table added to the schema without an entry here fails the catalog test (see rls-catalog.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import {
  aiRuns,
  apiTokens,
  applicationEvents,
  applications,
  calendarFeeds,
  contacts,
  passwordResets,
  documents,
  documentVersions,
  reminders,
  resumeChunkEmbeddings,
  sentDocuments,
  sessions,
  userResumes,
  users,
} from '../src/schema/index.js';
import type { Database, Db } from '../src/types.js';
import { withUser } from '../src/with-user.js';

export interface OwnedRows {
  userId: string;
  applicationId: string;
  documentId: string;
  resumeId: string;
  /** Primary key of the row each tenant table holds for this user. */
  ids: Record<string, string>;
}

export async function createUser(database: Database, label: string): Promise<string> {
  const [row] = await database.bypassRls
    .insert(users)
    .values({
      email: `${label}-${randomBytes(4).toString('hex')}@example.test`,
      passwordHash: 'not-a-real-hash',
      fullName: label,
    })
    .returning({ id: users.id });
  return row!.id;
}

const vec = () => Array.from({ length: 1536 }, (_, i) => (i % 7) / 7);

/** Creates one row in every tenant table for `userId`, as that user (so the policies allow it). */
export async function seedOwnedRows(database: Database, userId: string): Promise<OwnedRows> {
  return withUser(database, userId, async (tx) => {
    const insert = async <T extends PgTable & { id: AnyPgColumn }>(table: T, values: PgInsertValue<T>) => {
      const [row] = await tx.insert(table).values(values).returning({ id: table.id });
      return String(row!.id);
    };
    const token = randomBytes(8).toString('hex');
    const inADay = () => new Date(Date.now() + 86_400_000);
    const applicationId = await insert(applications, {
      userId,
      name: `acme_engineer_${token}`,
      companyName: 'Acme',
      roleTitle: 'Engineer',
      jobDescription: 'Build things',
    });
    const documentId = await insert(documents, {
      applicationId,
      documentType: 'research_report',
      content: 'secret research',
    });
    const resumeId = await insert(userResumes, { userId, name: 'Base resume', content: '# Me' });
    // Each table's row, keyed by the table's name (the isolation suite attacks them by name).
    const ids: Record<string, string> = {
      users: userId,
      applications: applicationId,
      documents: documentId,
      document_versions: await insert(documentVersions, {
        documentId,
        applicationId,
        version: 1,
        content: 'old secret',
        source: 'user',
      }),
      user_resumes: resumeId,
      sessions: await insert(sessions, { id: `s${token}`, userId, secretHash: 'hash', expiresAt: inADay() }),
      api_tokens: await insert(apiTokens, { id: `t${token}`, userId, name: 'cli', secretHash: 'hash' }),
      ai_runs: await insert(aiRuns, {
        applicationId,
        userId,
        phase: 'research',
        engine: 'offline',
        model: 'offline',
        status: 'succeeded',
      }),
      application_events: await insert(applicationEvents, {
        userId,
        applicationId,
        kind: 'stage',
        fromStage: 'saved',
        toStage: 'applied',
      }),
      reminders: await insert(reminders, { userId, applicationId, title: 'Follow up', dueAt: inADay() }),
      contacts: await insert(contacts, { userId, applicationId, name: 'Grace Recruiter', email: 'grace@example.test' }),
      sent_documents: await insert(sentDocuments, {
        userId,
        applicationId,
        documentType: 'cover_letter',
        version: 1,
        content: 'sent secret',
        source: 'user',
        sentAt: new Date(),
      }),
      calendar_feeds: await insert(calendarFeeds, { id: `c${token}`, userId, secretHash: 'hash' }),
      password_resets: await insert(passwordResets, {
        id: `r${token}`,
        userId,
        secretHash: 'hash',
        expiresAt: new Date(Date.now() + 1_800_000),
      }),
    };
    if (database.capabilities.vector) {
      ids.resume_chunk_embeddings = await insert(resumeChunkEmbeddings, {
        userId,
        resumeId,
        chunkIndex: 0,
        content: 'chunk',
        embedding: vec(),
        model: 'test',
      });
    }
    return { userId, applicationId, documentId, resumeId, ids };
  });
}

/**
 * A row for `table` that claims to belong to `victim` (or to the victim's application), used to
 * prove that WITH CHECK refuses it.
 */
export function forgedInsert(table: string, victim: OwnedRows, tx: Db) {
  const token = randomBytes(6).toString('hex');
  // The claims most rows make: the victim as owner, the victim's application, a secret-opened row's id.
  const ofVictim = { userId: victim.userId, applicationId: victim.applicationId };
  const secretOfVictim = { id: `forged${token}`, userId: victim.userId, secretHash: 'h' };
  switch (table) {
    case 'users':
      return tx.execute(
        sql`insert into users (id, email, password_hash, full_name) values (${
          victim.userId
        }, ${`forged-${token}@example.test`}, 'x', 'forged')`,
      );
    case 'applications':
      return tx.insert(applications).values({
        userId: victim.userId,
        name: `forged_${token}`,
        companyName: 'X',
        roleTitle: 'Y',
        jobDescription: 'Z',
      });
    case 'documents':
      return tx
        .insert(documents)
        .values({ applicationId: victim.applicationId, documentType: 'cover_letter', content: 'forged' });
    case 'document_versions':
      return tx.insert(documentVersions).values({
        documentId: victim.documentId,
        applicationId: victim.applicationId,
        version: 99,
        content: 'forged',
        source: 'user',
      });
    case 'user_resumes':
      return tx.insert(userResumes).values({ userId: victim.userId, name: 'forged', content: 'forged' });
    case 'sessions':
      return tx.insert(sessions).values({ ...secretOfVictim, expiresAt: new Date(Date.now() + 1000) });
    case 'api_tokens':
      return tx.insert(apiTokens).values({ ...secretOfVictim, name: 'forged' });
    case 'ai_runs':
      return tx.insert(aiRuns).values({
        ...ofVictim,
        phase: 'resume',
        engine: 'offline',
        model: 'offline',
      });
    case 'application_events':
      return tx.insert(applicationEvents).values({ ...ofVictim, kind: 'note', note: 'forged' });
    case 'reminders':
      return tx.insert(reminders).values({ ...ofVictim, title: 'forged', dueAt: new Date() });
    case 'contacts':
      return tx.insert(contacts).values({ ...ofVictim, name: 'forged' });
    case 'sent_documents':
      return tx.insert(sentDocuments).values({
        ...ofVictim,
        documentType: 'optimized_resume',
        version: 1,
        content: 'forged',
        source: 'user',
        sentAt: new Date(),
      });
    case 'calendar_feeds':
      return tx.insert(calendarFeeds).values(secretOfVictim);
    case 'password_resets':
      return tx.insert(passwordResets).values({ ...secretOfVictim, expiresAt: new Date(Date.now() + 1000) });
    case 'resume_chunk_embeddings':
      return tx.insert(resumeChunkEmbeddings).values({
        userId: victim.userId,
        resumeId: victim.resumeId,
        chunkIndex: 1,
        content: 'x',
        embedding: vec(),
        model: 't',
      });
    default:
      throw new Error(`No forged insert for table ${table}: add it to test/fixtures.ts`);
  }
}

/** A harmless column each table can be updated on, to test UPDATE policies. */
export const UPDATE_COLUMN: Record<string, string> = {
  users: 'full_name',
  applications: 'company_name',
  documents: 'content',
  document_versions: 'content',
  user_resumes: 'name',
  sessions: 'user_agent',
  api_tokens: 'name',
  ai_runs: 'model',
  application_events: 'note',
  reminders: 'title',
  contacts: 'name',
  sent_documents: 'content',
  calendar_feeds: 'secret_hash',
  password_resets: 'secret_hash',
  resume_chunk_embeddings: 'content',
};
