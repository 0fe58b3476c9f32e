/**
 * `npm run user:reset-password -- <email>`, run as an operator would (a child process on the embedded
 * data folder): it prints a one-time link for an existing account, says plainly when there is none,
 * and refuses a data folder the running app holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { AccountError, resetPasswordWithToken } from '@jobforge/auth';
import { createDatabase, users } from '@jobforge/db';
import { runRepoScript } from './support.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'jobforge-reset-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dataDir = path.join(scratch, 'data');

function runCommand(args: string[]) {
  return runRepoScript('scripts/user-reset-password.ts', args, {
    DATABASE_URL: undefined,
    JOBFORGE_DATA_DIR: dataDir,
    PUBLIC_URL: 'https://jobs.example.test',
  });
}

it('prints a link that works once, and says so when no account has the email', async () => {
  const setup = await createDatabase({ dataDir });
  await setup.bypassRls.insert(users).values({ email: 'ops@example.com', passwordHash: 'x', fullName: 'Ops' });

  const held = await runCommand(['ops@example.com']);
  expect(held.code).toBe(1);
  expect(held.stderr).toMatch(/in use by another Job Forge process/);
  await setup.close();

  const printed = await runCommand(['OPS@example.com']);
  expect(printed.code, printed.stderr).toBe(0);
  const token = /https:\/\/jobs\.example\.test\/reset-password#token=(\S+)/.exec(printed.stdout)?.[1];
  expect(token, printed.stdout).toBeDefined();

  const missing = await runCommand(['nobody@example.com']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('No active account has the email nobody@example.com.');
  expect((await runCommand([])).code).toBe(2);

  const database = await createDatabase({ dataDir });
  try {
    expect(await resetPasswordWithToken(database, token!, 'a brand new secret')).toEqual({ email: 'ops@example.com' });
    await expect(resetPasswordWithToken(database, token!, 'a brand new secret')).rejects.toBeInstanceOf(AccountError);
  } finally {
    await database.close();
  }
}, 120_000);
