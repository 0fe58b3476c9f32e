/**
 * For loaders that need to know who is signed in: the user, or a redirect to
 * /login?redirectTo=<this page> thrown before the page renders. Whatever else the page needs can
 * be loaded alongside, in parallel with the check, rather than after it.
 */
import { data, redirect, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node';
import { serverApi, type ApiCaller, type ServerApi } from './api.server';
import { safeRedirectPath } from './safe-redirect';

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
  const [me, loaded] = await api.load((caller) =>
    Promise.all([caller.auth.me(), alongside ? alongside(caller) : (undefined as T)]),
  );
  return { user: { id: me.id, email: me.email, fullName: me.fullName }, api, loaded };
}

/**
 * The loader of the sign-in and registration pages: someone already signed in goes straight on to where they
 * were heading. Returns the (safe) destination and the headers to send (a dead cookie is cleared).
 */
export async function redirectIfSignedIn({ request, context }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get('redirectTo'));
  const api = serverApi(request, context);
  const signedIn = await api.act((caller) => caller.auth.me(), { unauthorizedIsFailure: true });
  if (signedIn.ok) throw redirect(redirectTo, { headers: api.headers });
  return data({ redirectTo }, { headers: api.headers });
}
