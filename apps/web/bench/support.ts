/** What the web benchmarks share: a signed-up user's cookie and tRPC calls with it, over plain fetch. */
import { uniqueEmail } from '../test/e2e/browser';
import type { RunningApp } from '../test/e2e/server';

/** Signs up a new user through the API; returns the session cookie (`name=value`) to send back. */
export async function registerBenchUser(app: RunningApp, name = 'bench'): Promise<string> {
  const response = await fetch(`${app.url}/api/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({
      json: { email: uniqueEmail(name), password: 'benchmarks all day long', fullName: 'Bench Marker' },
    }),
  });
  if (!response.ok) throw new Error(`register failed: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('jobforge_session='));
  return cookie!.split(';')[0]!;
}

/** Calls a procedure as that user; returns its result, or throws with the server's answer. */
export async function benchTrpc(app: RunningApp, cookie: string, procedure: string, input: unknown): Promise<any> {
  const response = await fetch(`${app.url}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url, cookie },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${procedure} failed: ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: any } } }).result.data.json;
}
