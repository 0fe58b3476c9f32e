/** Sign-in over tRPC's HTTP format, as a browser does it, for the auth test files. */
import { call, type Harness } from '../support/harness.js';

/**
 * `login(email, password)` for one test file's harness; each call comes from a new address in `ipPrefix`
 * unless one is given, so the per-IP throttle only counts what a test means it to.
 */
export function loginOver(session: { harness: Harness; user: { email: string; password: string } }, ipPrefix: string) {
  let ipCounter = 0;
  const freshIp = () => `${ipPrefix}${(ipCounter += 1)}`;
  const login = (
    email = session.user.email,
    password = session.user.password,
    clientIp = freshIp(),
    headers: Record<string, string> = {},
  ) => call<any>(session.harness.api, 'auth.login', { email, password }, { type: 'mutation', clientIp, headers });
  return { login, freshIp };
}
