/**
 * deploy/postgres/init-roles.sh, as the compose stack runs it on first start, against the local
 * PostgreSQL server: migrations run as the owner role, the app logs in as a role that is no superuser
 * and may not change the schema, sign-in lookups work through its BYPASSRLS handle, and user
 * transactions still see only their own rows. Roles and database get names of their own and are
 * dropped afterwards (roles are cluster-wide).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applications, createDatabase, sql, users, withUser } from '@jobforge/db';
import { repoRoot } from './support.js';

const server = { PGHOST: '127.0.0.1', PGPORT: '5432', PGUSER: 'postgres', PGDATABASE: 'postgres' };
const reachable = (() => {
  try {
    execFileSync('pg_isready', ['-h', server.PGHOST, '-p', server.PGPORT, '-q']);
    return true;
  } catch {
    return false;
  }
})();
const mustRun = process.env.CI === 'true' || process.env.CI === '1';

const suffix = randomBytes(4).toString('hex');
const owner = `jf_owner_${suffix}`;
const app = `jf_app_${suffix}`;
const database = `jf_roles_${suffix}`;
const urlAs = (role: string) => `postgres://${role}@${server.PGHOST}:${server.PGPORT}/${database}`;

function psql(...commands: string[]): string {
  const args = ['--no-psqlrc', '--tuples-only', '--no-align', '-v', 'ON_ERROR_STOP=1'];
  for (const command of commands) args.push('-c', command);
  return execFileSync('psql', args, { env: { ...process.env, ...server }, encoding: 'utf8' }).trim();
}

describe.runIf(reachable || mustRun)('database roles of the compose stack', () => {
  afterAll(() => {
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    for (const role of [owner, app]) {
      psql(`DROP OWNED BY ${role} CASCADE`, `DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('migrates as the owner, runs the app as a role that cannot change the schema, RLS intact', async () => {
    const output = execFileSync('bash', [path.join(repoRoot, 'deploy/postgres/init-roles.sh')], {
      env: {
        ...process.env,
        ...server,
        JOBFORGE_OWNER_ROLE: owner,
        JOBFORGE_APP_ROLE: app,
        JOBFORGE_DATABASE: database,
        JOBFORGE_OWNER_PASSWORD: 'owner-secret',
        JOBFORGE_APP_PASSWORD: 'app-secret',
      },
      encoding: 'utf8',
    });
    expect(output).toContain(`${app} is what the app logs in as`);
    expect(
      psql(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('${owner}', '${app}') ORDER BY rolname`),
    ).toBe('f|t\nf|t');

    const migrating = await createDatabase({ url: urlAs(owner) });
    await migrating.close();

    // The app starts on the migrated database without trying any DDL.
    const running = await createDatabase({ url: urlAs(app) });
    try {
      const ddl = await running.bypassRls.execute(sql`create table not_allowed (a int)`).then(
        () => null,
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      expect(ddl).toBe('42501'); // insufficient_privilege
      const [ada, bob] = await running.bypassRls
        .insert(users)
        .values([
          { email: `ada-${suffix}@example.com`, passwordHash: 'x', fullName: 'Ada' },
          { email: `bob-${suffix}@example.com`, passwordHash: 'x', fullName: 'Bob' },
        ])
        .returning({ id: users.id });
      await withUser(running, ada!.id, (tx) =>
        tx.insert(applications).values({
          userId: ada!.id,
          companyName: 'Acme',
          roleTitle: 'Engineer',
          jobDescription: 'Build things.',
          name: `acme_engineer_${suffix}`,
        }),
      );
      const seenByAda = await withUser(running, ada!.id, (tx) => tx.select().from(applications));
      const seenByBob = await withUser(running, bob!.id, (tx) => tx.select().from(applications));
      expect(seenByAda).toHaveLength(1);
      expect(seenByBob).toHaveLength(0);
    } finally {
      await running.close();
    }
  }, 180_000);
});
