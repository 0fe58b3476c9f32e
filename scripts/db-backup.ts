/**
 * npm run db:backup [-- --out <folder>] [--keep <n>]
 * Server (DATABASE_URL): pg_dump custom format -> <folder>/jobforge-<time>.dump
 * Embedded (JOBFORGE_DATA_DIR): PGlite data-folder tarball -> <folder>/jobforge-embedded-<time>.tar.gz
 * The file appears under its final name only when complete. With --keep, only the newest n backups
 * of that kind stay in the folder.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import {
  BackupError,
  displayPath,
  fail,
  libpqConnection,
  assertEmbeddedIdle,
  redactUrl,
  run,
  targetFromEnv,
  timestamp,
} from './backup/common.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'backups' }, keep: { type: 'string' } } });
  const outDir = path.resolve(values.out!);
  const keep = values.keep === undefined ? undefined : Number(values.keep);
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1))
    throw new BackupError('--keep expects a whole number of backups, 1 or more.');
  // A backup holds every user's data and password hashes: only the owner may read it.
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const target = targetFromEnv();

  if (target.kind === 'server') {
    const file = path.join(outDir, `jobforge-${timestamp()}.dump`);
    const { dbname, env } = libpqConnection(target.url);
    // Created owner-only first: pg_dump keeps the mode of a file that exists.
    writeFileSync(`${file}.partial`, '', { mode: 0o600 });
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}.partial`, `--dbname=${dbname}`], env);
    chmodSync(`${file}.partial`, 0o600);
    renameSync(`${file}.partial`, file);
    report(file, `PostgreSQL ${redactUrl(target.url)}`);
    prune(outDir, /^jobforge-\d{8}T\d{6}Z\.dump$/, keep);
    return;
  }

  if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${target.dataDir} (JOBFORGE_DATA_DIR) to back up.`);
  }
  assertEmbeddedIdle(target.dataDir, 'backup');
  const client = await PGlite.create({ dataDir: target.dataDir, extensions: { vector } });
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  const file = path.join(outDir, `jobforge-embedded-${timestamp()}.tar.gz`);
  writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  chmodSync(`${file}.partial`, 0o600);
  renameSync(`${file}.partial`, file);
  report(file, `the embedded database in ${target.dataDir}`);
  prune(outDir, /^jobforge-embedded-\d{8}T\d{6}Z\.tar\.gz$/, keep);
}

/** Names carry a UTC timestamp, so sorting them sorts by age. */
function prune(outDir: string, pattern: RegExp, keep: number | undefined): void {
  if (keep === undefined) return;
  const old = readdirSync(outDir)
    .filter((name) => pattern.test(name))
    .sort()
    .reverse()
    .slice(keep);
  for (const name of old) rmSync(path.join(outDir, name));
  if (old.length) console.log(`Removed ${old.length} older backup${old.length === 1 ? '' : 's'} (keeping ${keep}).`);
}

function report(file: string, source: string): void {
  const kb = Math.ceil(statSync(file).size / 1024);
  console.log(`Backed up ${source} to ${displayPath(file)} (${kb} KB).`);
}

main().catch(fail);
