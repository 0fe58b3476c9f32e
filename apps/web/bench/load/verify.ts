/**
 * After bench:load: every user's rows counted through the API (as that user) and with SQL (the
 * privileged handle, the table's own user_id), compared with what the user recorded. Nothing lost:
 * the applications it created, the last cover letter it saved at the version its saves add up to,
 * the AI runs that succeeded. Nothing seen across tenants: the API lists exactly its own
 * applications, and SQL finds them owned by it.
 */
import { aiRuns, and, applications, createDatabase, documents, eq, sql, type Database } from '@jobforge/db';
import type { RunningApp } from '../../test/e2e/server.js';
import type { createVu, VuRecord } from './vu.js';

type Vu = ReturnType<typeof createVu>;

interface Counted {
  applications: string[];
  letterVersion: number | null;
  letterContent: string | null;
  succeededRuns: number;
}

async function throughApi(vu: Vu): Promise<Counted> {
  const listed = await vu.call<Array<{ id: string }>>('applications.list', {});
  const applicationId = vu.record.applicationIds[0]!;
  const letter = await vu.call<{ version: number; content: string } | null>('documents.get', {
    applicationId,
    type: 'cover_letter',
  });
  const runs = await vu.call<{ runs: Array<{ status: string }> }>('ai.runs', { applicationId });
  return {
    applications: listed.map((row) => row.id).sort(),
    letterVersion: letter?.version ?? null,
    letterContent: letter?.content ?? null,
    succeededRuns: runs.runs.filter((run) => run.status === 'succeeded').length,
  };
}

async function withSql(database: Database, record: VuRecord): Promise<Counted> {
  const db = database.bypassRls;
  const owned = await db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.userId, record.userId));
  const [letter] = await db
    .select({ version: documents.version, content: documents.content })
    .from(documents)
    .innerJoin(applications, eq(applications.id, documents.applicationId))
    .where(and(eq(applications.userId, record.userId), eq(documents.documentType, 'cover_letter')));
  const [runs] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(aiRuns)
    .where(and(eq(aiRuns.userId, record.userId), eq(aiRuns.status, 'succeeded')));
  return {
    applications: owned.map((row) => row.id).sort(),
    letterVersion: letter?.version ?? null,
    letterContent: letter?.content ?? null,
    succeededRuns: runs?.count ?? 0,
  };
}

function problems(record: VuRecord, counted: Counted, where: string): string[] {
  const found: string[] = [];
  const expected = [...record.applicationIds].sort();
  if (JSON.stringify(counted.applications) !== JSON.stringify(expected))
    found.push(`${where}: user ${record.email} has applications ${counted.applications} instead of ${expected}`);
  if (record.saves > 0 && (counted.letterVersion !== record.saves || counted.letterContent !== record.lastSaved))
    found.push(`${where}: ${record.email} saved ${record.saves} times, found version ${counted.letterVersion}`);
  if (counted.succeededRuns !== record.succeededRuns)
    found.push(`${where}: ${record.email} had ${record.succeededRuns} runs succeed, found ${counted.succeededRuns}`);
  return found;
}

export async function verify(vus: Vu[], app: RunningApp | null, driver: string) {
  const found: string[] = [];
  for (const vu of vus) found.push(...problems(vu.record, await throughApi(vu), 'API'));

  // The embedded database's folder is held by the server: read it once the server has stopped.
  // A server database is read while the app runs (stop() drops it).
  const sqlUrl = app ? app.databaseUrl : process.env.DATABASE_URL ?? null;
  if (app && !app.databaseUrl) await app.stop();
  let sqlChecked = false;
  if (sqlUrl || (app && !app.databaseUrl)) {
    const database = await createDatabase(sqlUrl ? { url: sqlUrl } : { dataDir: app!.dataDir });
    try {
      for (const vu of vus) found.push(...problems(vu.record, await withSql(database, vu.record), 'SQL'));
      sqlChecked = true;
    } finally {
      await database.close();
    }
  }
  if (app?.databaseUrl) await app.stop();

  const saves = vus.reduce((sum, vu) => sum + vu.record.saves, 0);
  const runs = vus.reduce((sum, vu) => sum + vu.record.succeededRuns, 0);
  const lines = [
    `counted through the API${sqlChecked ? ' and with SQL' : ''} (${driver}): ${vus.length} users, ` +
      `${saves} saves, ${runs} AI runs, ${
        found.length === 0 ? 'nothing lost, nothing across tenants' : `${found.length} PROBLEMS`
      }`,
    ...found.slice(0, 10),
  ];
  return { ok: found.length === 0, lines };
}
