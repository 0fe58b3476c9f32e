/**
 * One virtual user of bench:load: its own account, one application, and a loop of weighted actions
 * with a think time between them, each timed. What it created and saved is recorded so the
 * benchmark can check afterwards that nothing was lost and that no one saw another user's rows.
 */
import superjson from 'superjson';
import { fixtures } from '@jobforge/ai/testing';

export interface VuRecord {
  email: string;
  password: string;
  token: string;
  userId: string;
  applicationIds: string[];
  /** Successful saves of the cover letter, and the text of the last one. */
  saves: number;
  lastSaved: string | null;
  succeededRuns: number;
}

export type Timings = Map<string, number[]>;
export type Errors = Map<string, string[]>;

interface Options {
  url: string;
  index: number;
  /** Another user's application ids, filled in once every user is set up (for the tenant probe). */
  others: () => string[];
}

class CallError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** An answer slower than this counts as an error (a hung request must not stall the benchmark). */
const ACTION_TIMEOUT_MS = 30_000;

/** A client address of its own per user (the server trusts the loopback proxy): sign-ups are throttled per address. */
const addressOf = (index: number) => `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;

export function createVu({ url, index, others }: Options) {
  const headers = (token?: string) => ({
    'content-type': 'application/json',
    'x-forwarded-for': addressOf(index),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  const record: VuRecord = {
    email: `load-${index}-${Date.now().toString(36)}@example.com`,
    password: `load test password ${index}`,
    token: '',
    userId: '',
    applicationIds: [],
    saves: 0,
    lastSaved: null,
    succeededRuns: 0,
  };

  async function call<T>(path: string, input: unknown, mutation = false): Promise<T> {
    const encoded = JSON.stringify(superjson.serialize(input));
    const response = mutation
      ? await fetch(`${url}/api/trpc/${path}`, {
          method: 'POST',
          headers: headers(record.token),
          body: encoded,
          signal: AbortSignal.timeout(ACTION_TIMEOUT_MS),
        })
      : await fetch(`${url}/api/trpc/${path}?input=${encodeURIComponent(encoded)}`, {
          headers: headers(record.token),
          signal: AbortSignal.timeout(ACTION_TIMEOUT_MS),
        });
    const body = (await response.json()) as { result?: { data: never }; error?: { message: string } };
    if (!response.ok || !body.result)
      throw new CallError(response.status, `${path}: ${response.status} ${body.error?.message}`);
    return superjson.deserialize<T>(body.result.data);
  }

  async function page(path: string): Promise<void> {
    const response = await fetch(`${url}${path}`, {
      headers: headers(record.token),
      redirect: 'manual',
      signal: AbortSignal.timeout(ACTION_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200 || !text.includes('</html>'))
      throw new CallError(response.status, `GET ${path}: ${response.status}`);
  }

  const application = () => record.applicationIds[0]!;

  const actions: Array<[name: string, weight: number, run: () => Promise<void>]> = [
    ['dashboard', 20, () => page('/')],
    ['board', 15, () => page('/board')],
    ['open application', 20, () => page(`/applications/${application()}`)],
    [
      'save document',
      20,
      async () => {
        const content = `Dear Globex Pay hiring team,\n\nDraft ${record.saves + 1} by user ${index}.\n`;
        await call('documents.update', { applicationId: application(), type: 'cover_letter', content }, true);
        record.saves += 1;
        record.lastSaved = content;
      },
    ],
    ['history', 10, () => page(`/applications/${application()}/documents/cover_letter/history`)],
    [
      'offline AI phase',
      5,
      async () => {
        const run = await call<{ status: string }>(
          'ai.runPhase',
          { applicationId: application(), phase: 'research', wait: true },
          true,
        );
        if (run.status !== 'succeeded') throw new Error(`ai.runPhase ended ${run.status}`);
        record.succeededRuns += 1;
      },
    ],
    [
      'sign in',
      5,
      async () => {
        const { token } = await call<{ token: string }>(
          'auth.login',
          { email: record.email, password: record.password },
          true,
        );
        record.token = token;
      },
    ],
    [
      "another user's application (404)",
      5,
      async () => {
        const other = others()[index % Math.max(1, others().length)];
        if (!other) return;
        try {
          await call('applications.get', { id: other });
        } catch (error) {
          if (error instanceof CallError && error.status === 404) return;
          throw error;
        }
        throw new Error(`user ${index} read another user's application ${other}`);
      },
    ],
  ];
  const totalWeight = actions.reduce((sum, [, weight]) => sum + weight, 0);
  const pick = () => {
    let roll = Math.random() * totalWeight;
    for (const action of actions) if ((roll -= action[1]) < 0) return action;
    return actions[0]!;
  };

  return {
    record,
    async setUp(): Promise<void> {
      const registered = await call<{ token: string; user: { id: string } }>(
        'auth.register',
        { email: record.email, password: record.password, fullName: `Load User ${index}` },
        true,
      );
      record.token = registered.token;
      record.userId = registered.user.id;
      await call('resumes.create', { name: 'Backend', content: fixtures.backendResume, isPrimary: true }, true);
      const created = await call<{ id: string }>(
        'applications.create',
        { companyName: 'Globex Pay', roleTitle: 'Senior Backend Engineer', jobDescription: fixtures.jobDescription },
        true,
      );
      record.applicationIds.push(created.id);
    },
    async run(until: number, thinkMs: [number, number], timings: Timings, errors: Errors): Promise<void> {
      while (Date.now() < until) {
        const [name, , action] = pick();
        const started = performance.now();
        try {
          await action();
          if (!timings.has(name)) timings.set(name, []);
          timings.get(name)!.push(performance.now() - started);
        } catch (error) {
          if (!errors.has(name)) errors.set(name, []);
          errors.get(name)!.push((error as Error).message);
        }
        await new Promise((resolve) => setTimeout(resolve, thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0])));
      }
    },
    call,
  };
}
