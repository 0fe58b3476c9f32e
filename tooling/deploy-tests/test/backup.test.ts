/**
 * Backup -> wipe -> restore, through the real `db:backup` / `db:restore` scripts: the restored
 * database holds the same users, applications, documents and versions. Embedded mode always; the
 * server mode against the server named by DATABASE_URL when it is set.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applications,
  asc,
  createDatabase,
  documents,
  documentVersions,
  rowsOf,
  sql,
  users,
  withUser,
  type Database,
} from '@jobforge/db';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { parse } from 'yaml';
import { repoRoot, runRepoScript } from './support.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'jobforge-backup-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(script: 'db-backup' | 'db-restore', args: string[], env: Record<string, string | undefined>) {
  return runRepoScript(`scripts/${script}.ts`, args, { DATABASE_URL: undefined, JOBFORGE_DATA_DIR: undefined, ...env });
}

async function seed(database: Database): Promise<void> {
  const db = database.bypassRls;
  for (let u = 0; u < 2; u++) {
    const [user] = await db
      .insert(users)
      .values({
        email: `person${u}-${randomUUID().slice(0, 8)}@example.com`,
        passwordHash: '$argon2id$stub',
        fullName: `Person ${u}`,
      })
      .returning();
    for (let a = 0; a < 2; a++) {
      const [application] = await db
        .insert(applications)
        .values({
          userId: user!.id,
          name: `acme_${u}_${a}_2026_11_26`,
          companyName: 'Acme',
          roleTitle: `Engineer ${a}`,
          jobDescription: 'Build reliable things. Ünïcode and "quotes" survive.',
        })
        .returning();
      const [document] = await db
        .insert(documents)
        .values({
          applicationId: application!.id,
          documentType: 'cover_letter',
          content: `# Letter ${u}.${a}\n\nSecond version.`,
          version: 2,
        })
        .returning();
      await db.insert(documentVersions).values([
        {
          documentId: document!.id,
          applicationId: application!.id,
          version: 1,
          content: 'First version.',
          source: 'ai',
        },
        {
          documentId: document!.id,
          applicationId: application!.id,
          version: 2,
          content: document!.content,
          source: 'user',
        },
      ]);
    }
  }
}

async function snapshot(database: Database) {
  const db = database.bypassRls;
  return {
    users: await db.select().from(users).orderBy(asc(users.id)),
    applications: await db.select().from(applications).orderBy(asc(applications.id)),
    documents: await db.select().from(documents).orderBy(asc(documents.id)),
    documentVersions: await db.select().from(documentVersions).orderBy(asc(documentVersions.id)),
  };
}

function onlyFile(dir: string): string {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

describe('embedded database (PGlite data folder)', () => {
  it('round-trips through db:backup and db:restore', async () => {
    const dataDir = path.join(scratch, 'embedded');
    const outDir = path.join(scratch, 'embedded-backups');
    const database = await createDatabase({ dataDir });
    await seed(database);
    const before = await snapshot(database);
    await database.close();

    // Older backups in the folder: --keep 2 leaves the newest old one and the new one, and never
    // touches files of the other kind.
    mkdirSync(outDir, { recursive: true });
    for (const name of [
      'jobforge-embedded-20260101T000000Z.tar.gz',
      'jobforge-embedded-20260102T000000Z.tar.gz',
      'jobforge-20260101T000000Z.dump',
    ]) {
      writeFileSync(path.join(outDir, name), 'old');
    }
    const backup = await runScript('db-backup', ['--out', outDir, '--keep', '2'], { JOBFORGE_DATA_DIR: dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    const kept = readdirSync(outDir).sort();
    expect(kept).toHaveLength(3);
    expect(kept).toContain('jobforge-20260101T000000Z.dump');
    expect(kept).toContain('jobforge-embedded-20260102T000000Z.tar.gz');
    const file = path.join(outDir, kept.at(-1)!);
    // Every user's data and password hashes: readable by the owner only.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(file).toMatch(/jobforge-embedded-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(file).not.toContain('20260102');

    rmSync(dataDir, { recursive: true, force: true }); // the wipe
    const refused = await runScript('db-restore', [file], { JOBFORGE_DATA_DIR: dataDir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    const restore = await runScript('db-restore', [file, '--yes'], { JOBFORGE_DATA_DIR: dataDir });
    expect(restore.code, restore.stderr).toBe(0);

    const restored = await createDatabase({ dataDir });
    try {
      const after = await snapshot(restored);
      expect(after).toEqual(before);
      expect(after.documentVersions).toHaveLength(8);
    } finally {
      await restored.close();
    }
  }, 180_000);

  it('refuses a file that is not a backup, naming it', async () => {
    const result = await runScript('db-restore', [path.join(repoRoot, 'package.json'), '--yes'], {
      JOBFORGE_DATA_DIR: path.join(scratch, 'x'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /package\.json is neither a pg_dump custom-format file nor an embedded-database backup\.$/,
    );
  });
});

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL server (DATABASE_URL)', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.close();
  });

  it('round-trips through db:backup and db:restore, all or nothing, row-level security included', async () => {
    database = await createTestDatabase();
    const url = database.url!;
    await seed(database);
    const before = await snapshot(database);
    const outDir = path.join(scratch, 'server-backups');

    const backup = await runScript('db-backup', ['--out', outDir], { DATABASE_URL: url });
    expect(backup.code, backup.stderr).toBe(0);
    const file = onlyFile(outDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(file).toMatch(/jobforge-\d{8}T\d{6}Z\.dump$/);

    // Changes after the backup that the restore must undo: rows deleted and added, and a table the
    // backup never had (as a later migration would leave).
    await database.bypassRls.execute(sql`delete from document_versions`);
    await database.bypassRls.execute(
      sql`insert into users (email, password_hash, full_name) values ('late@example.com', 'x', 'Late')`,
    );
    await database.bypassRls.execute(sql`create table later_feature (id int primary key)`);
    const changed = await snapshot(database);

    // A damaged backup changes nothing: the restore is one transaction that never commits.
    const damaged = path.join(scratch, 'damaged.dump');
    writeFileSync(damaged, readFileSync(file).subarray(0, Math.floor(statSync(file).size * 0.6)));
    const broken = await runScript('db-restore', [damaged, '--yes'], { DATABASE_URL: url });
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(await snapshot(database)).toEqual(changed);

    const wrongMode = await runScript('db-restore', [file, '--yes'], { JOBFORGE_DATA_DIR: path.join(scratch, 'nope') });
    expect(wrongMode.code).toBe(1);
    expect(wrongMode.stderr).toContain('set DATABASE_URL');

    const restore = await runScript('db-restore', [file, '--yes'], { DATABASE_URL: url });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).not.toMatch(/:[^@/]+@/); // no password in what it prints

    expect(await snapshot(database)).toEqual(before);
    const leftovers = await database.bypassRls.execute(
      sql`select to_regclass('public.later_feature') is not null as present`,
    );
    expect(rowsOf<{ present: boolean }>(leftovers)[0]!.present).toBe(false);
    // The app's restricted role can work again: privileges came back with the data.
    const owner = before.applications[0]!.userId;
    const visible = await withUser(database, owner, (tx) => tx.select().from(applications));
    expect(visible).toHaveLength(2);
    const rls = await database.bypassRls.execute(
      sql`select relname from pg_class where relname in ('applications','documents','document_versions') and relrowsecurity and relforcerowsecurity`,
    );
    expect(rowsOf(rls)).toHaveLength(3);
  }, 180_000);

  it('the compose restore service replaces the database in one transaction', async () => {
    const target = await createTestDatabase();
    try {
      await seed(target);
      const before = await snapshot(target);
      const outDir = path.join(scratch, 'compose-restore');
      const backup = await runScript('db-backup', ['--out', outDir], { DATABASE_URL: target.url });
      expect(backup.code, backup.stderr).toBe(0);
      const file = onlyFile(outDir);
      writeFileSync(
        path.join(outDir, 'damaged.dump'),
        readFileSync(file).subarray(0, Math.floor(statSync(file).size * 0.6)),
      );

      await target.bypassRls.execute(sql`delete from documents`);
      await target.bypassRls.execute(sql`create table later_feature (id int primary key)`);
      const changed = await snapshot(target);

      const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
        services: { restore: { command: string[] } };
      };
      // Compose turns $$ into $; the container's /backups is this test's folder.
      const script = compose.services.restore.command[2]!.replaceAll('$$', '$').replaceAll('/backups', outDir);
      const url = new URL(target.url!);
      const pgEnv = {
        PGHOST: url.hostname,
        PGPORT: url.port || '5432',
        PGUSER: decodeURIComponent(url.username),
        PGPASSWORD: decodeURIComponent(url.password),
        PGDATABASE: url.pathname.slice(1),
      };
      const restore = (name: string) =>
        spawnSync('bash', ['-c', script], { env: { ...process.env, ...pgEnv, RESTORE_FILE: name }, encoding: 'utf8' });

      const damaged = restore('damaged.dump');
      expect(damaged.status).not.toBe(0);
      expect(damaged.stdout).not.toContain('Restored');
      expect(await snapshot(target)).toEqual(changed);

      const good = restore(path.basename(file));
      expect(good.status, good.stderr).toBe(0);
      expect(good.stdout.trim()).toMatch(new RegExp(`^Restored .*${path.basename(file)}$`));
      expect(await snapshot(target)).toEqual(before);
      const leftovers = await target.bypassRls.execute(
        sql`select to_regclass('public.later_feature') is not null as present`,
      );
      expect(rowsOf<{ present: boolean }>(leftovers)[0]!.present).toBe(false);
    } finally {
      await target.close();
    }
  }, 180_000);
});
