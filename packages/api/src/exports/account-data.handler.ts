/**
 * Everything stored about the signed-in person, for GET /export/account.json ("download my data"):
 * the profile, every application with its documents and their full history, what was sent, the
 * resume library, AI runs, pipeline events, reminders and contacts, and the sign-in devices and API
 * tokens (never a secret or its hash). Read in one row-level-secured transaction, so it is one
 * consistent snapshot and cannot contain anyone else's rows. Embedding vectors are left out: they
 * are derived from the resumes included here.
 */
import {
  aiRuns,
  apiTokens,
  applicationEvents,
  applications,
  asc,
  calendarFeeds,
  contacts,
  documents,
  documentVersions,
  eq,
  inArray,
  reminders,
  sentDocuments,
  sessions,
  userResumes,
  users,
} from '@jobforge/db';
import { apiTokenColumns } from '../auth/list-api-tokens.handler.js';
import { sessionDeviceColumns } from '../auth/sessions.handler.js';
import type { ProtectedContext } from '../context.js';

export const ACCOUNT_EXPORT_FORMAT = 'jobforge-account-export/1';

export async function loadAccountData({ ctx }: { ctx: ProtectedContext }) {
  const { db } = ctx;
  const userId = ctx.user.id;
  const [profile] = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  const apps = await db
    .select()
    .from(applications)
    .where(eq(applications.userId, userId))
    .orderBy(asc(applications.createdAt));
  const appIds = apps.map((app) => app.id);
  const ofApps = <T>(load: (ids: string[]) => Promise<T[]>) => (appIds.length > 0 ? load(appIds) : Promise.resolve([]));
  const docs = await ofApps((ids) => db.select().from(documents).where(inArray(documents.applicationId, ids)));
  const versions = await ofApps((ids) =>
    db
      .select()
      .from(documentVersions)
      .where(inArray(documentVersions.applicationId, ids))
      .orderBy(asc(documentVersions.version)),
  );
  const byApplication = <T extends { applicationId: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.applicationId === id);

  return {
    format: ACCOUNT_EXPORT_FORMAT,
    exportedAt: new Date(),
    account: profile,
    applications: apps.map((app) => ({
      ...app,
      documents: byApplication(docs, app.id).map((doc) => ({
        ...doc,
        history: versions.filter((version) => version.documentId === doc.id),
      })),
    })),
    sentDocuments: await db.select().from(sentDocuments).where(eq(sentDocuments.userId, userId)),
    resumes: await db
      .select()
      .from(userResumes)
      .where(eq(userResumes.userId, userId))
      .orderBy(asc(userResumes.createdAt)),
    aiRuns: await db.select().from(aiRuns).where(eq(aiRuns.userId, userId)).orderBy(asc(aiRuns.startedAt)),
    pipelineEvents: await db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.userId, userId))
      .orderBy(asc(applicationEvents.occurredAt)),
    reminders: await db.select().from(reminders).where(eq(reminders.userId, userId)),
    contacts: await db.select().from(contacts).where(eq(contacts.userId, userId)),
    sessions: await db.select(sessionDeviceColumns).from(sessions).where(eq(sessions.userId, userId)),
    apiTokens: await db.select(apiTokenColumns).from(apiTokens).where(eq(apiTokens.userId, userId)),
    calendarFeed:
      (
        await db
          .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
          .from(calendarFeeds)
          .where(eq(calendarFeeds.userId, userId))
      )[0] ?? null,
  };
}

export type AccountData = Awaited<ReturnType<typeof loadAccountData>>;
