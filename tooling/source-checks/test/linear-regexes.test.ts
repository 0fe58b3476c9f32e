/**
 * Every regular expression in the product must run in time linear in its input: a pattern that
 * backtracks quadratically on a 200 KB form field stalls the whole server. `recheck` judges each
 * pattern (automata theory, or fuzzing when that is out of reach). A pattern it cannot prove safe
 * passes only with a `regex-safe: <why>` note next to it (recheck over-counts bounded repetitions,
 * such as "at most four words of at most 41 characters"), and even then no group in it may repeat
 * without bound (`(…)*`, `(…)+`, `(…){n,}`), the shape of catastrophic backtracking. The check
 * reads the pattern; it never times anything, so a busy machine cannot make it fail.
 * Patterns computed at run time cannot be judged by a tool and need the note as well.
 *
 * Tests, benchmarks and the mock-server helpers are left out: they never see untrusted input.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * recheck's fuzzer is bounded by clocks by default (incubation 250 ms, whole check 10 s), so on a busy
 * machine the same pattern could be judged differently from one run to the next. Bounded by counts
 * only, with a fixed seed, the verdict depends on the pattern alone.
 */
const DETERMINISTIC = {
  randomSeed: 0,
  timeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

const where = (regex: FoundRegex) => `${path.relative(root, regex.file)}:${regex.line} ${regex.text.split('\n')[0]}`;

/** Whether a group in `source` is repeated without bound: `(…)*`, `(…)+` or `(…){n,}`. */
export function repeatsGroupWithoutBound(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ')') {
      const next = source[i + 1];
      if (next === '*' || next === '+') return true;
      if (next === '{' && /^\{\d+,\}/.test(source.slice(i + 1, i + 12))) return true;
    }
  }
  return false;
}

async function problemWith(regex: FoundRegex): Promise<string | null> {
  if (regex.source === null) {
    return regex.note ? null : `${where(regex)}: built at run time; say why it is linear in a "regex-safe:" comment`;
  }
  const diagnostics: Diagnostics = await check(regex.source, regex.flags, DETERMINISTIC);
  if (diagnostics.status === 'safe') return null;
  if (!regex.note) {
    const detail =
      diagnostics.status === 'vulnerable'
        ? `${diagnostics.complexity.type} backtracking, e.g. on ${diagnostics.attack.pattern}`
        : `could not be proven linear (${diagnostics.error.kind})`;
    return `${where(regex)}: ${detail}`;
  }
  if (diagnostics.status !== 'vulnerable') return `${where(regex)}: recheck could not judge it; make it simpler`;
  if (repeatsGroupWithoutBound(regex.source)) {
    return `${where(regex)}: marked regex-safe, but a group repeats without bound (e.g. on ${
      diagnostics.attack.pattern
    })`;
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

  it('a "regex-safe" note does not excuse a group that repeats without bound', async () => {
    const [regex] = regexesIn('/sample.ts', '// regex-safe: wishful thinking\nconst X = /^(a+)+b/;');
    expect(await problemWith(regex!)).toMatch(/marked regex-safe, but a group repeats without bound/);
    expect(repeatsGroupWithoutBound('(?:[A-Z][\\w-]{0,40}\\s+){0,4}Certified')).toBe(false);
    expect(repeatsGroupWithoutBound('(?:\\.[^\\s@.]+)+$')).toBe(true);
    expect(repeatsGroupWithoutBound('[()+*]+')).toBe(false);
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
