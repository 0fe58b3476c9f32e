/**
 * Runs examples/typed-client.ts as its own Node process against a real HTTP server.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { serve, type RunningServer } from './support/http-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let harness: Harness;
let server: RunningServer;

beforeAll(async () => {
  harness = await createHarness();
  server = await serve(harness.api);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await harness?.close();
});

it('signs in, creates an application, moves it to applied, lists it and reads the funnel from a separate program', async () => {
  const { stdout } = await promisify(execFile)(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'examples/typed-client.ts')],
    { cwd: root, env: { ...process.env, JOBFORGE_URL: server.url }, timeout: 60_000 },
  );
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!);
  expect(summary.email).toMatch(/^demo-.*@example\.com$/);
  expect(summary.created).toMatch(/^northwind_analytics_senior_data_engineer_\d{4}_\d{2}_\d{2}$/);
  expect(summary.listed).toEqual([summary.created]);
  expect(summary).toMatchObject({
    stage: 'applied',
    nextAction: 'Follow up with Northwind Analytics',
    reachedApplied: 1,
  });
  expect(new Date(summary.appliedAt).getTime()).toBeGreaterThan(Date.now() - 120_000);
  expect(stdout).toContain('[applied; next: Follow up with Northwind Analytics by ');
  expect(stdout).toContain(`created ${summary.created} (draft)`);
}, 90_000);
