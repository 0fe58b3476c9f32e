/**
 * Every regular expression in the product must run in time linear in its input: a pattern that
 * backtracks quadratically on a 200 KB form field stalls the whole server. `recheck` judges each
 * pattern (automata theory, or fuzzing when that is out of reach). A pattern it cannot prove safe
 * passes only with a `regex-safe: <why>` note next to it, and then recheck's own attack string must
 * run through V8's engine in well under a second (a quadratic pattern takes many seconds on it).
 * Patterns computed at run time cannot be judged by a tool and need the note as well.
 *
 * Tests, benchmarks and the mock-server helpers are left out: they never see untrusted input.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexesIn, sourceFiles, type FoundRegex } from '../src/regex-sources.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function isProductCode(file: string): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return !/(?:^|\/)(?:test|bench|testing)\//.test(relative) && !/\.(?:test|bench)\.tsx?$/.test(relative);
}

const found = sourceFiles(root)
  .filter(isProductCode)
  .flatMap((file) => regexesIn(file));

const where = (regex: FoundRegex) => `${path.relative(root, regex.file)}:${regex.line} ${regex.text.split('\n')[0]}`;

/** Runs the pattern over `attack` in a worker, so a catastrophic one can be stopped; resolves to ms or null. */
function timeInV8(source: string, flags: string, attack: string, limitMs: number): Promise<number | null> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { source, flags, attack } = workerData;
    const pattern = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
    const started = performance.now();
    for (const _ of attack.matchAll(pattern)) {}
    parentPort.postMessage(performance.now() - started);`;
  const worker = new Worker(code, { eval: true, workerData: { source, flags, attack } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(null)), limitMs);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(ms));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function problemWith(regex: FoundRegex): Promise<string | null> {
  if (regex.source === null) {
    return regex.note ? null : `${where(regex)}: built at run time; say why it is linear in a "regex-safe:" comment`;
  }
  const diagnostics: Diagnostics = await check(regex.source, regex.flags, { timeout: 20_000 });
  if (diagnostics.status === 'safe') return null;
  if (!regex.note) {
    const detail =
      diagnostics.status === 'vulnerable'
        ? `${diagnostics.complexity.type} backtracking, e.g. on ${diagnostics.attack.pattern}`
        : `could not be proven linear (${diagnostics.error.kind})`;
    return `${where(regex)}: ${detail}`;
  }
  if (diagnostics.status !== 'vulnerable') return `${where(regex)}: recheck could not judge it; make it simpler`;
  // The note claims recheck's finding is a false alarm (it over-counts bounded repetitions): try it.
  const attack = diagnostics.attack.string;
  const ms = await timeInV8(regex.source, regex.flags, attack, 10_000);
  if (ms === null || ms > 1_000) {
    return `${where(regex)}: marked regex-safe, but took ${
      ms === null ? 'over 10 s' : `${Math.round(ms)} ms`
    } on recheck's ${attack.length}-character attack`;
  }
  return null;
}

describe('regular expressions', () => {
  it('are found in the product code (literals and RegExp constructors)', () => {
    expect(found.length).toBeGreaterThan(200);
    expect(found.some((regex) => regex.text.startsWith('new RegExp('))).toBe(true);
  });

  it('finds a quadratic pattern and a dynamic one, and accepts a linear one', async () => {
    const sample = [
      'const EMAIL = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;',
      'const FINE = /^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$/;',
      'const CORE = "a|b";',
      'const BUILT = new RegExp(`^(?:${CORE})+$`, "i");',
      'export const dynamic = (word: string) => new RegExp(word);',
    ].join('\n');
    const regexes = regexesIn('/sample.ts', sample);
    expect(regexes.map((regex) => regex.source)).toEqual([
      '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
      '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$',
      '^(?:a|b)+$',
      null,
    ]);
    expect(await problemWith(regexes[0]!)).toMatch(/polynomial backtracking/);
    expect(await problemWith(regexes[1]!)).toBeNull();
    expect(await problemWith(regexes[2]!)).toBeNull();
    expect(await problemWith(regexes[3]!)).toMatch(/built at run time/);
  }, 60_000);

  it('a "regex-safe" note does not excuse a pattern that is slow on its attack string', async () => {
    const [regex] = regexesIn('/sample.ts', '// regex-safe: wishful thinking\nconst X = /a*a*b/;');
    expect(await problemWith(regex!)).toMatch(/marked regex-safe, but took/);
  }, 60_000);

  it('none backtracks super-linearly', async () => {
    const problems: string[] = [];
    // A few at a time: recheck runs each check in its own worker.
    const queue = [...found];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let regex = queue.shift(); regex; regex = queue.shift()) {
          const problem = await problemWith(regex);
          if (problem) problems.push(problem);
        }
      }),
    );
    expect(problems.sort()).toEqual([]);
  }, 600_000);
});
