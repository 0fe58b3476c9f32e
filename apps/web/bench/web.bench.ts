/**
 * npm run bench:web
 * 1. The gzipped JavaScript a browser downloads for the dashboard's first load (goal: at most 250 KB),
 *    measured in Chromium against the built server, with each script gzipped as the server sends it.
 * 2. The server-render time of the dashboard for a user with 50 applications (goal: p50 at most 30 ms),
 *    NODE_ENV=production, timed as the full document request on loopback (loaders, API and HTML).
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { launchBrowser, hasChromium } from '../test/e2e/browser';
import { startApp, type RunningApp } from '../test/e2e/server';
import { benchTrpc, registerBenchUser } from './support';

const GOAL_JS_KB = 250;
const GOAL_P50_MS = 30;
const APPLICATIONS = 50;
const WARMUP = 30;
const SAMPLES = 300;

async function seed(app: RunningApp, cookie: string) {
  await benchTrpc(app, cookie, 'resumes.create', {
    name: 'Base resume',
    content: '# Bench Marker\n\n- Built things in TypeScript',
  });
  const statuses = ['draft', 'research_complete', 'resume_ready', 'cover_letter_ready'];
  for (let i = 0; i < APPLICATIONS; i += 1) {
    const id = `${i}`;
    await benchTrpc(app, cookie, 'applications.create', {
      companyName: `Company ${id}`,
      roleTitle: `Senior Engineer ${id}`,
      jobDescription: 'Build and run TypeScript services on PostgreSQL. '.repeat(40),
      priorityLevel: ['low', 'medium', 'high'][i % 3],
      location: 'Remote',
    });
  }
  // Status changes need ids; the list gives them.
  const list = await fetch(`${app.url}/api/trpc/applications.list`, { headers: { cookie } }).then((r) => r.json());
  const ids: string[] = list.result.data.json.map((a: { id: string }) => a.id);
  await Promise.all(
    ids.map((id, i) => benchTrpc(app, cookie, 'applications.updateStatus', { id, status: statuses[i % 4] })),
  );
}

async function measureFirstLoadJs(app: RunningApp, cookie: string) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name!, value: value!, url: app.url }]);
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!/javascript/.test(type)) return;
      try {
        const body = await response.body();
        scripts.set(response.url(), gzipSync(body).byteLength);
      } catch {
        // a redirected or aborted response has no body
      }
    });
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Welcome, Bench' }).waitFor();
    await page.waitForLoadState('networkidle');
    const html = await page.content();
    const inlineBytes = gzipSync(
      Buffer.from([...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')),
    ).byteLength;
    await context.close();
    if (process.env.BENCH_VERBOSE) {
      for (const [url, bytes] of [...scripts].sort((a, b) => b[1] - a[1]))
        console.log(`  ${(bytes / 1024).toFixed(1)} KB  ${new URL(url).pathname}`);
    }
    const files = [...scripts.values()];
    return { files: files.length, gzipBytes: files.reduce((a, b) => a + b, 0), inlineGzipBytes: inlineBytes };
  } finally {
    await browser.close();
  }
}

/** `path` '/' is the whole document; '/_root.data' is the same loaders without the HTML render. */
async function measureRender(app: RunningApp, cookie: string, path = '/') {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${app.url}${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (!response.ok || !body.includes('Company 49')) throw new Error(`unexpected dashboard (${response.status})`);
    return elapsed;
  };
  for (let i = 0; i < WARMUP; i += 1) await once();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await once());
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: samples.at(-1)! };
}

async function main() {
  if (process.env.NODE_ENV !== 'production') process.env.NODE_ENV = 'production';
  const app = await startApp();
  try {
    const cookie = await registerBenchUser(app);
    await seed(app, cookie);
    const render = await measureRender(app, cookie);
    const loaders = await measureRender(app, cookie, '/_root.data');
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(
      `Dashboard server render, ${APPLICATIONS} applications, NODE_ENV=production, ${SAMPLES} sequential requests:`,
    );
    console.log(
      `  p50 ${render.p50.toFixed(1)} ms · p95 ${render.p95.toFixed(1)} ms · max ${render.max.toFixed(
        1,
      )} ms  (goal p50 <= ${GOAL_P50_MS} ms: ${render.p50 <= GOAL_P50_MS ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  of which loaders and API alone (the same request as data, no HTML): p50 ${loaders.p50.toFixed(
        1,
      )} ms · p95 ${loaders.p95.toFixed(1)} ms`,
    );
    if (hasChromium) {
      const js = await measureFirstLoadJs(app, cookie);
      console.log(
        `Dashboard first load in Chromium: ${js.files} JavaScript files, ${kb(js.gzipBytes)} KB gzipped (+ ${kb(
          js.inlineGzipBytes,
        )} KB inline)  (goal <= ${GOAL_JS_KB} KB: ${js.gzipBytes / 1024 <= GOAL_JS_KB ? 'met' : 'NOT met'})`,
      );
    } else {
      console.log('First-load JavaScript: skipped, no Chromium at /usr/bin/chromium');
    }
  } finally {
    await app.stop();
  }
}

await main();
