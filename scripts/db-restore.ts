/**
 * npm run db:restore -- <backup file> --yes
 * Replaces the database named by the settings with the backup's contents.
 * Server (DATABASE_URL): in one transaction (all or nothing), the schemas the app owns (public, drizzle)
 * are dropped and the dump is replayed, so nothing newer than the backup survives beside it.
 * Embedded (JOBFORGE_DATA_DIR): the current folder is kept beside it as <folder>.before-restore-<time>,
 * then the backup is unpacked into a fresh folder.
 */
import { existsSync, readFileSync, readdirSync, renameSync, openSync, readSync, closeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import {
  BackupError,
  fail,
  libpqConnection,
  assertEmbeddedIdle,
  pipe,
  redactUrl,
  targetFromEnv,
  timestamp,
} from './backup/common.js';

const APP_ROLE = 'jobforge_app';

/** Opens the restore's transaction and empties what the app owns; the dump then recreates it all. */
const WIPE_APP_SCHEMAS = `SET client_min_messages = warning;
BEGIN;
DROP SCHEMA IF EXISTS drizzle CASCADE;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public;
`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { yes: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new BackupError('Name the backup file: npm run db:restore -- backups/<file> --yes');
  if (!existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  const kind = backupKind(file);
  const target = targetFromEnv();

  if (kind !== target.kind) {
    throw new BackupError(
      kind === 'server'
        ? `${file} is a PostgreSQL server dump: set DATABASE_URL to the server to restore it into.`
        : `${file} is an embedded-database backup: unset DATABASE_URL (and set JOBFORGE_DATA_DIR) to restore it.`,
    );
  }
  const where = target.kind === 'server' ? redactUrl(target.url) : target.dataDir;
  if (!values.yes) {
    console.error(`This replaces everything in ${where} with ${file}. Run again with --yes to proceed.`);
    process.exit(2);
  }

  if (target.kind === 'server') {
    await ensureAppRole(target.url);
    const { dbname, env } = libpqConnection(target.url);
    await pipe(
      { command: 'pg_restore', args: ['--no-owner', '--file=-', file] },
      {
        command: 'psql',
        args: ['--no-psqlrc', '--quiet', '--output=/dev/null', '--set=ON_ERROR_STOP=1', `--dbname=${dbname}`],
      },
      { prefix: WIPE_APP_SCHEMAS, suffix: '\nCOMMIT;\n' },
      env,
    );
    console.log(`Restored ${file} into ${where}.`);
    return;
  }

  assertEmbeddedIdle(target.dataDir, 'restore');
  let keptAside: string | undefined;
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).some((name) => name !== 'jobforge.lock')) {
    keptAside = `${target.dataDir}.before-restore-${timestamp()}`;
    renameSync(target.dataDir, keptAside);
  }
  const client = await PGlite.create({
    dataDir: target.dataDir,
    extensions: { vector },
    loadDataDir: new Blob([readFileSync(file)]),
  });
  await client.query('select 1');
  await client.close();
  console.log(`Restored ${file} into ${where}.${keptAside ? ` The previous folder is kept at ${keptAside}.` : ''}`);
}

function backupKind(file: string): 'server' | 'embedded' {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') === 'PGDMP') return 'server';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  throw new BackupError(`${file} is neither a pg_dump custom-format file nor an embedded-database backup.`);
}

/**
 * The dump grants privileges to the app's role, which lives in the cluster, not the database: a
 * restore onto a new server needs it first (the same statements as the migrations use).
 */
async function ensureAppRole(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(`DO $$ BEGIN
      CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await sql.unsafe(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
        EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
      END IF;
    END $$`);
  } catch (error) {
    throw new BackupError(`Cannot prepare ${redactUrl(url)} for the restore: ${(error as Error).message}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch(fail);
