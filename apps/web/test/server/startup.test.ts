/** The real entry point refuses bad settings with one line naming the variable, and exits non-zero. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasBuild = existsSync(path.join(webDir, 'build/server/index.js'));

function runServer(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !/^(DATABASE_URL|PUBLIC_URL|PORT|NODE_ENV|ALLOW_INSECURE_HTTP|LOG_LEVEL)$/.test(name),
      ),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', ...args], {
      cwd: webDir,
      env: {
        ...clean,
        JOBFORGE_DATA_DIR: path.join(os.tmpdir(), 'jobforge-startup-test-unused'),
        ...env,
      } as unknown as NodeJS.ProcessEnv,
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

  it.skipIf(hasBuild)(
    'in production without a build, says to build first (before touching the database)',
    async () => {
      const result = await runServer({ NODE_ENV: 'production', PUBLIC_URL: 'https://jobs.example.com' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(
        /^Job Forge cannot start: No production build in .*run "npm run build" first\.$/,
      );
    },
    60_000,
  );
});

describe.runIf(hasBuild)('server start-up with the production build', () => {
  it('serves pages and cached assets, is ready, and drains on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', '--local'], {
      cwd: webDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        JOBFORGE_DATA_DIR: dataDir,
        DATABASE_URL: '',
        PUBLIC_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 90_000;
      while (!output.includes('Job Forge is running at')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain(`http://localhost:${port}`);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      const page = await fetch(`${base}/login`);
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      const html = await page.text();
      // Every inline script carries this response's nonce, and the policy allows no other inline script.
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((match) => match[1]!);
      expect(inlineScripts.length).toBeGreaterThan(0);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, 'the production policy names a nonce').toBeTruthy();
      for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
      expect(asset).toBeDefined();
      const assetResponse = await fetch(`${base}${asset}`);
      expect(assetResponse.status).toBe(200);
      expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${base}/assets/missing-file.js`)).status).toBe(404);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).toContain('shutdown complete');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
