/**
 * Start-up time of the production server: from spawning the process to the first page (/login
 * answering 200), on the embedded database. "fresh" starts with an empty data folder (the database is
 * created and migrated), "warm" restarts on that folder. The bundle (`node build/node/server.js`, what
 * `npm start` and the image run) is measured beside the TypeScript source run with tsx, alternating.
 * Goals: warm <= 3 s, fresh <= 10 s. Needs `npm run build` first.
 *
 *   npm run bench:start            # BENCH_ITERATIONS warm starts per mode (default 3)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, productionEnv, webDir } from '../test/e2e/server.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 3);
const MODES = {
  bundle: ['build/node/server.js'],
  'source (tsx)': ['--import', 'tsx', 'server.ts'],
} as const;

async function timeToFirstPage(args: readonly string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = productionEnv(port, dataDir);
  delete env.DATABASE_URL; // the embedded database, always
  const started = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd: webDir,
    env: env as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
      const ok = await fetch(`${url}/login`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

async function main() {
  if (!existsSync(path.join(webDir, 'build/node/server.js'))) throw new Error('No build: run "npm run build" first.');
  const dataDirs = Object.fromEntries(
    Object.keys(MODES).map((mode) => [mode, mkdtempSync(path.join(os.tmpdir(), 'jobforge-start-'))]),
  );
  const results: Record<string, { fresh: number; warm: number[] }> = {};
  for (const [mode, args] of Object.entries(MODES)) {
    results[mode] = { fresh: await timeToFirstPage(args, dataDirs[mode]!), warm: [] };
  }
  for (let i = 0; i < ITERATIONS; i += 1) {
    for (const [mode, args] of Object.entries(MODES))
      results[mode]!.warm.push(await timeToFirstPage(args, dataDirs[mode]!));
  }
  for (const dir of Object.values(dataDirs)) rmSync(dir, { recursive: true, force: true });

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`Start to first page, embedded database, load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
  for (const [mode, { fresh, warm }] of Object.entries(results)) {
    const sorted = [...warm].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`  ${mode.padEnd(13)} fresh ${s(fresh)}  warm median ${s(median)} (${warm.map(s).join(', ')})`);
  }
  const bundle = results.bundle!;
  const warmMedian = [...bundle.warm].sort((a, b) => a - b)[Math.floor(bundle.warm.length / 2)]!;
  console.log(
    `  goals (bundle): warm <= 3 s ${warmMedian <= 3000 ? 'ok' : 'MISSED'}, fresh <= 10 s ${
      bundle.fresh <= 10_000 ? 'ok' : 'MISSED'
    }`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
