import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventStream, readEventTimes, startTestServer, stubApi } from './support.js';

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('graceful shutdown (in process)', () => {
  it('lets a request in flight finish, refuses new connections, then closes the API', async () => {
    let apiClosed = false;
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = await startTestServer({
      pageHandler: (_req, res) => {
        arrived();
        setTimeout(() => res.send('done'), 500);
      },
      onClose: async () => {
        apiClosed = true;
      },
    });
    const inFlight = fetch(`${server.base}/slow`);
    await requestArrived;
    const closing = server.shutdown('test');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
    const response = await inFlight;
    expect(await response.text()).toBe('done');
    await closing;
    expect(apiClosed).toBe(true);
  });

  it('lets an event stream finish within the bound', async () => {
    const server = await startTestServer({ api: stubApi({ handleTrpcRequest: async () => eventStream(3, 200) }) });
    const response = await fetch(`${server.base}/api/trpc/ai.onProgress`);
    const closing = server.shutdown('test');
    expect(await readEventTimes(response)).toHaveLength(3);
    await closing;
  });

  it('cuts off what is still open when the bound is reached', async () => {
    const server = await startTestServer({
      shutdownTimeoutMs: 300,
      api: stubApi({ handleTrpcRequest: async () => eventStream(1000, 100) }),
    });
    const response = await fetch(`${server.base}/api/trpc/ai.onProgress`);
    const started = Date.now();
    const reading = readEventTimes(response).catch(() => 'cut off');
    await server.shutdown('test');
    expect(Date.now() - started).toBeLessThan(5_000);
    await reading;
  });
});

describe('graceful shutdown (SIGTERM to a process)', () => {
  it('finishes the in-flight request and exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/server/fixtures/slow-server.ts'], {
      cwd: webDir,
      env: { ...process.env, LOG_LEVEL: 'info', SLOW_MS: '1200', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
      child.stdout.on('data', () => {
        const match = /LISTENING (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const inFlight = fetch(`${url}/work`).then((response) => response.text());
    await waitFor(() => output.includes('REQUEST_ARRIVED'));
    child.kill('SIGTERM');
    expect(await inFlight).toBe('finished after the signal');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('API_SHUTDOWN_CALLED');
    expect(output).toContain('shutting down: draining requests');
    expect(output).toContain('shutdown complete');
  });
});
