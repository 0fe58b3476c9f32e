/**
 * The hiring-pipeline migration keeps existing data: applications made before it start in `saved`,
 * in that stage since they were created, with their documents untouched. Migrates a database to the
 * migration before it, writes rows the old way, then applies the rest.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { MIGRATIONS_FOLDER } from '../src/migrate.js';
import { withDatabaseName } from '../src/testing.js';

const PIPELINE_TAG = '0004_pipeline';
const serverUrl = process.env.DATABASE_URL;

/** A copy of the migrations folder whose journal stops before the pipeline migration. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-migrations-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

interface Target {
  query(text: string): Promise<Array<Record<string, unknown>>>;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

async function openTarget(): Promise<Target> {
  if (!serverUrl) {
    const client = await PGlite.create({ extensions: { vector } });
    return {
      query: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
      migrate: (folder) => migratePglite(drizzlePglite({ client }), { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const name = `jobforge_test_migration_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const client = postgres(withDatabaseName(serverUrl, name), { max: 1, onnotice: () => {} });
  return {
    query: async (text) => [...(await client.unsafe(text))] as Array<Record<string, unknown>>,
    migrate: (folder) => migratePostgres(drizzlePostgres({ client }), { migrationsFolder: folder }),
    close: async () => {
      await client.end();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

let target: Target;
let earlier: string;

beforeAll(async () => {
  target = await openTarget();
  earlier = migrationsBefore(PIPELINE_TAG);
}, 60_000);
afterAll(async () => {
  await target?.close();
  if (earlier) rmSync(earlier, { recursive: true, force: true });
});

describe('the hiring-pipeline migration', () => {
  it('starts every existing application in saved, since its creation, with its documents kept', async () => {
    await target.migrate(earlier);
    const [user] = await target.query(
      `insert into users (email, password_hash, full_name) values ('old@example.test', 'x', 'Old') returning id`,
    );
    const created = '2025-03-04T05:06:07.000Z';
    const [application] = await target.query(
      `insert into applications (user_id, name, company_name, role_title, job_description, status, created_at)
       values ('${
         user!.id
       }', 'acme_engineer_2025_03_04', 'Acme', 'Engineer', 'Build', 'cover_letter_ready', '${created}')
       returning id`,
    );
    await target.query(
      `insert into documents (application_id, document_type, content) values ('${
        application!.id
      }', 'cover_letter', 'Dear Acme')`,
    );

    await target.migrate(MIGRATIONS_FOLDER);

    const [after] = await target.query(
      `select stage, furthest_stage, status, applied_at, stage_changed_at from applications where id = '${
        application!.id
      }'`,
    );
    expect(after).toMatchObject({
      stage: 'saved',
      furthest_stage: 'saved',
      status: 'cover_letter_ready',
      applied_at: null,
    });
    expect(new Date(after!.stage_changed_at as string).toISOString()).toBe(created);
    const [document] = await target.query(`select content from documents where application_id = '${application!.id}'`);
    expect(document!.content).toBe('Dear Acme');
  }, 120_000);
});
