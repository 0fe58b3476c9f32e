/**
 * Signing out is a POST (a link or an image elsewhere cannot sign anyone out); a GET just goes home.
 */
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { serverApi } from '~/lib/api.server';

export async function action({ request, context }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  await api.act((caller) => caller.auth.logout(), { unauthorizedIsFailure: true });
  return redirect('/login', { headers: api.headers });
}

export function loader() {
  return redirect('/');
}
