/**
 * For loaders that need to know who is signed in: the user, or a redirect to
 * /login?redirectTo=<this page> thrown before the page renders. Whatever else the page needs can
 * be loaded alongside, in parallel with the check, rather than after it.
 */
import type { AppLoadContext } from '@remix-run/node';
import { serverApi, type ApiCaller, type ServerApi } from './api.server';

export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
}

export async function requireUser<T = undefined>(
  request: Request,
  context: AppLoadContext,
  alongside?: (caller: ApiCaller) => Promise<T>,
): Promise<{ user: SignedInUser; api: ServerApi; loaded: T }> {
  const api = serverApi(request, context);
  const [me, loaded] = await api.load((caller) => Promise.all([caller.auth.me(), alongside ? alongside(caller) : (undefined as T)]));
  return { user: { id: me.id, email: me.email, fullName: me.fullName }, api, loaded };
}
