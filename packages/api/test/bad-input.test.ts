/**
 * Generated bad input for every procedure in the router: wrong types, missing and extra fields, huge
 * strings, unicode, NUL bytes, `__proto__` keys, SQL fragments and broken JSON. Whatever arrives, the
 * answer is a 4xx with a message (or a success, when the generator happened to build a valid input),
 * never a 5xx, a stack trace or SQL text. JOBFORGE_FUZZ_RUNS raises the count per procedure;
 * JOBFORGE_FUZZ_SEED replays a run (the seed is in each test's name).
 */
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe as suite, expect, it } from 'vitest';
import { allProcedures, sampleInputs } from './support/procedures.js';
import { call, createHarness, registerUser, type Harness } from './support/harness.js';

const RUNS = Math.max(200, Number(process.env.JOBFORGE_FUZZ_RUNS ?? 200) || 200);

let harness: Harness;
let apiToken: string;
let sessionToken: string;
/**
 * Account changes refuse API tokens before they look at the input's values; these get the user's
 * session instead, so the fuzz reaches their password checks (wrong passwords are throttled: 429).
 */
const SESSION_ONLY = new Set(['auth.changePassword', 'auth.changeEmail', 'auth.deleteAccount']);

beforeAll(async () => {
  harness = await createHarness();
  const user = await registerUser(harness.api, 'fuzzer');
  // An API token, so auth.logout (which ends only sessions) cannot cut the run short.
  const created = await call<any>(
    harness.api,
    'auth.createApiToken',
    { name: 'fuzz' },
    { token: user.token, type: 'mutation' },
  );
  apiToken = created.data.token;
  sessionToken = user.token;
}, 60_000);
afterAll(async () => harness?.close());

const nasty = fc.oneof(
  fc.constant('x'.repeat(300_001)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "'; DROP TABLE applications; --",
    '%_\\',
    'a\u0000b',
    '\u0000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '${7*7}',
    '__proto__',
    'javascript:alert(1)',
    'ftp://example.com/file',
    'http://',
    '00000000-0000-0000-0000-000000000000',
    '\ud800',
    ' ',
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.bigInt(),
  fc.date(),
);

const odd = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  maxDepth: 3,
});

type Case = { kind: 'value'; value: unknown } | { kind: 'raw'; raw: string };

function casesFor(schema: unknown): fc.Arbitrary<Case> {
  const template = sampleInputs(schema, () => undefined)[0];
  const keys = template && typeof template === 'object' ? Object.keys(template) : [];
  const value = (arb: fc.Arbitrary<unknown>) => arb.map((v): Case => ({ kind: 'value', value: v }));
  const raw = (arb: fc.Arbitrary<string>) => arb.map((r): Case => ({ kind: 'raw', raw: r }));
  const options: Array<fc.Arbitrary<Case>> = [
    value(odd),
    value(nasty),
    value(
      fc
        .record({
          key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'userId', 'id')),
          extra: nasty,
        })
        .map(({ key, extra }) => Object.assign(Object.create(null), template, { [key]: extra })),
    ),
    raw(fc.string({ maxLength: 60 })),
    raw(
      fc.constantFrom(
        '{"json":{"__proto__":{"polluted":true}}}',
        '{"json":{"constructor":{"prototype":{"polluted":true}}}}',
        '{"json":{},"meta":{"values":{"__proto__":["Date"]}}}',
        '{"json":{"id":"x"},"meta":{"values":{"id":["custom","nope"]}}}',
        '{"json":1,"meta":{"values":["bigint"]}}',
        '{"json":',
        '[]',
        'null',
        '{"0":{"json":null}}',
      ),
    ),
  ];
  if (keys.length > 0) {
    const keyArb = fc.constantFrom(...keys);
    options.push(
      value(fc.record({ key: keyArb, bad: nasty }).map(({ key, bad }) => ({ ...(template as object), [key]: bad }))),
      value(keyArb.map((key) => Object.fromEntries(Object.entries(template as object).filter(([k]) => k !== key)))),
    );
  }
  return fc.oneof(...options);
}

const LEAKS =
  /(\n\s+at |\.ts:\d|node_modules|select |insert into|update .* set|violates|syntax error|relation "|column "|drizzle|postgres)/i;

/** Requests in flight at once: the server and the database work in parallel with the generator. */
const CONCURRENCY = 4;

async function check(procedure: ReturnType<typeof allProcedures>[number], testCase: Case) {
  let options: Parameters<typeof call>[3] = {
    token: SESSION_ONLY.has(procedure.path) ? sessionToken : apiToken,
    type: procedure.type as 'query' | 'mutation',
    clientIp: '192.0.2.200',
  };
  if (testCase.kind === 'raw') options = { ...options, raw: testCase.raw };
  else {
    try {
      superjson.serialize(testCase.value);
    } catch {
      return; // the client could not even send this
    }
  }
  const result = await call(
    harness.api,
    procedure.path,
    testCase.kind === 'value' ? testCase.value : undefined,
    options,
  );
  const context = `${procedure.path} -> ${result.status} ${result.text.slice(0, 300)}\ninput: ${describe(testCase)}`;
  expect(result.status, context).toBeGreaterThanOrEqual(200);
  expect(result.status, context).toBeLessThan(500);
  if (result.status >= 400) {
    expect(typeof result.error?.message, context).toBe('string');
    expect(result.error!.message.length, context).toBeGreaterThan(0);
    expect(result.error!.message, context).not.toMatch(LEAKS);
  }
}

function describe(testCase: Case): string {
  if (testCase.kind === 'raw') return `raw ${JSON.stringify(testCase.raw).slice(0, 200)}`;
  try {
    return fc.stringify(testCase.value).slice(0, 300);
  } catch {
    return String(testCase.value);
  }
}

suite('bad input never causes a server error', () => {
  const seed = Number(process.env.JOBFORGE_FUZZ_SEED ?? Date.now() % 2 ** 31);
  for (const procedure of allProcedures()) {
    // Subscriptions are called through the caller in the attack suite; over HTTP they are long-lived streams.
    if (procedure.type === 'subscription') continue;
    it(`${procedure.path} (${RUNS} generated inputs, seed ${seed})`, async () => {
      const cases = fc.sample(casesFor(procedure.schema), { numRuns: RUNS, seed });
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < cases.length) await check(procedure, cases[next++]!);
        }),
      );
    }, 300_000);
  }
});
