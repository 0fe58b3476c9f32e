/** The real entry point refuses bad settings with one line naming the variable, and exits non-zero. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasBuild = existsSync(path.join(webDir, 'build/server/index.js'));

function runServer(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|PUBLIC_URL|PORT|NODE_ENV|ALLOW_INSECURE_HTTP|LOG_LEVEL)$/.test(name)),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', ...args], {
      cwd: webDir,
      env: { ...clean, JOBFORGE_DATA_DIR: path.join(webDir, '.jobforge-startup-test'), ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const badSettings: Array<[string, Record<string, string>]> = [
  ['PORT', { PORT: 'eighty' }],
  ['DATABASE_URL', { DATABASE_URL: 'mysql://db/jobs' }],
  ['LOG_LEVEL', { LOG_LEVEL: 'chatty' }],
  ['TRUST_PROXY', { TRUST_PROXY: 'anyone at all' }],
  ['SHUTDOWN_TIMEOUT_MS', { SHUTDOWN_TIMEOUT_MS: 'soon' }],
  ['ANTHROPIC_BASE_URL', { ANTHROPIC_BASE_URL: 'localhost:8080' }],
  ['PUBLIC_URL', { NODE_ENV: 'production' }],
  ['PUBLIC_URL', { NODE_ENV: 'production', PUBLIC_URL: 'http://jobs.example.com' }],
];

describe('server start-up', () => {
  it('names each bad variable in one line and exits 1', async () => {
    const results = await Promise.all(badSettings.map(([, env]) => runServer(env)));
    results.forEach((result, index) => {
      const [variable] = badSettings[index]!;
      expect(result.code, variable).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Job Forge cannot start: Invalid environment variable ${variable}: `));
    });
  }, 120_000);

  it('explains an unreachable database in one line', async () => {
    const result = await runServer({ DATABASE_URL: 'postgres://jobforge:hunter2@127.0.0.1:1/jobforge' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Job Forge cannot start: /);
    expect(result.stderr).not.toContain('hunter2');
  }, 60_000);

  it.skipIf(hasBuild)('in production without a build, says to build first (before touching the database)', async () => {
    const result = await runServer({ NODE_ENV: 'production', PUBLIC_URL: 'https://jobs.example.com' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Job Forge cannot start: No production build in .*run "npm run build" first\.$/);
  }, 60_000);
});
