/**
 * Fresh, migrated databases for tests.
 * - DATABASE_URL set: a new database on that server (dropped again by `close()`), so test files never
 *   share rows and the real server's behaviour (no pgvector here) is what is tested.
 * - otherwise: an in-memory PGlite started from a migrated template, cached on disk per migration set,
 *   because a fresh initdb costs seconds and every test file wants its own database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { createDatabase } from './create-database.js';
import { MIGRATIONS_FOLDER, migratePgliteClient } from './migrate.js';
import { openPglite } from './pglite.js';
import type { Database } from './types.js';

export interface TestDatabase extends Database {
  /** The connection URL of the fresh server database, when running against a server. */
  readonly url?: string;
}

export async function createTestDatabase(options: { url?: string } = {}): Promise<TestDatabase> {
  const serverUrl = options.url ?? process.env.DATABASE_URL;
  return serverUrl ? createServerTestDatabase(serverUrl) : createPgliteTestDatabase();
}

async function createServerTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `jobforge_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = withDatabaseName(serverUrl, name);
  const database = await createDatabase({ url, poolSize: 10 });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
      await dropper.end();
    },
  };
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let template: Promise<Blob> | undefined;

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  template ??= loadOrBuildTemplate();
  const { database } = await openPglite({ loadDataDir: await template });
  return database;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `jobforge-pglite-template-${migrationsFingerprint()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const client = await PGlite.create({ extensions: { vector } });
  await migratePgliteClient(client);
  const dump = await client.dumpDataDir('none');
  await client.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file); // atomic: concurrent test workers never read half a file
  return new Blob([bytes]);
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(path.join(MIGRATIONS_FOLDER, name)));
  }
  hash.update(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

export { startFaultProxy, type FaultProxy } from './fault-proxy.js';
