/**
 * Starts the real, built Job Forge server for browser tests: production mode, a free port on
 * loopback, and a database of its own (a fresh PGlite data folder, or a fresh database on the
 * server named by DATABASE_URL). Builds the app first when there is no build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningApp {
  url: string;
  /** The app's own database on the server (DATABASE_URL runs only), as the test reaches it directly. */
  databaseUrl: string | null;
  /** The embedded database's folder (unused on a server database). */
  dataDir: string;
  /** Whether the server process is still running. */
  alive(): boolean;
  logs(): string;
  stop(): Promise<void>;
}

/** The newest modification time under a folder, so a build older than its sources is rebuilt. */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The production server bundle (scripts/bundle-server.ts), rebuilt every time: it takes seconds and
 * must contain the workspace packages as they are now. Needs the page build (ensureBuild) first,
 * since the page build empties build/.
 */
export function ensureServerBundle(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-server.ts'], {
    cwd: webDir,
    encoding: 'utf8',
    env: { ...withoutVitest(process.env), NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv,
  });
  if (result.status !== 0) throw new Error(`The server did not bundle:\n${result.stderr || result.stdout}`);
}

export function ensureBuild(): void {
  const serverEntry = path.join(webDir, 'build/server/index.js');
  if (existsSync(serverEntry) && statSync(serverEntry).mtimeMs >= newestChange(path.join(webDir, 'app'))) return;
  // Under Vitest the Vite config leaves the Remix plugin out, and NODE_ENV is "test", which would
  // bundle React's development build: the build must see neither.
  const env = { ...withoutVitest(process.env), NODE_ENV: 'production' };
  const result = spawnSync('npx', ['remix', 'vite:build'], {
    cwd: webDir,
    encoding: 'utf8',
    env: env as unknown as NodeJS.ProcessEnv,
  });
  if (result.status !== 0) throw new Error(`The web app did not build:\n${result.stderr || result.stdout}`);
}

function withoutVitest(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^VITEST/.test(entry[0]) && entry[0] !== 'TEST',
    ),
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  logs: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${logs()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become ready within ${timeoutMs / 1000}s:\n${logs()}`);
}

/**
 * The environment of a production server on loopback at `port` with its embedded database in
 * `dataDir`: plain HTTP allowed for that address only, and never a real AI provider.
 */
export function productionEnv(port: number, dataDir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    ...withoutVitest(process.env),
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ALLOW_INSECURE_HTTP: 'true',
    JOBFORGE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  const providerSettings = [
    'ANTHROPIC_API_KEY',
    'CLAUDE_API_KEY',
    'OPENAI_API_KEY',
    'ANTHROPIC_BASE_URL',
    'OPENAI_BASE_URL',
    'JOBFORGE_TEXT_PROVIDER',
    'OPENAI_COMPATIBLE_BASE_URL',
    'OPENAI_COMPATIBLE_API_KEY',
    'OPENAI_COMPATIBLE_MODEL',
  ];
  // Only what the test itself passes may point the server at a model.
  for (const name of providerSettings) if (!(name in extra)) delete env[name];
  return env;
}

export interface StartAppOptions {
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Rewrites the URL the server connects with (e.g. through a fault-injecting proxy). */
  databaseUrlForServer?: (url: string) => string;
  /** Leave the embedded database's folder in place after stop() (to read it afterwards). */
  keepDataDir?: boolean;
  /** Run the production bundle with plain node (as `npm start` and the image do) instead of the source with tsx. */
  bundled?: boolean;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  ensureBuild();
  if (options.bundled) ensureServerBundle();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-e2e-'));
  let dropDatabase: (() => Promise<void>) | null = null;
  let databaseUrl: string | null = null;
  const env = productionEnv(port, dataDir, options.env);
  if (process.env.DATABASE_URL) {
    const { createTestDatabase } = await import('@jobforge/db/testing');
    const database = await createTestDatabase({ url: process.env.DATABASE_URL });
    databaseUrl = database.url!;
    env.DATABASE_URL = options.databaseUrlForServer?.(databaseUrl) ?? databaseUrl;
    dropDatabase = () => database.close();
  } else {
    delete env.DATABASE_URL;
  }

  const args = options.bundled ? ['build/node/server.js'] : ['--import', 'tsx', 'server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: webDir,
    env: env as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const logs = () => output.slice(-8000);
  try {
    await waitUntilHealthy(url, child, logs);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return {
    url,
    databaseUrl,
    dataDir,
    alive: () => child.exitCode === null && child.signalCode === null,
    logs,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await dropDatabase?.();
      if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
