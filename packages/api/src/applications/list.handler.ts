import type { ProtectedContext } from '../context.js';
import { listItems } from './list-items.js';

/** Newest first, without the long texts (applications.get has them), with stage and next action. */
export async function listApplications({ ctx }: { ctx: ProtectedContext }) {
  return listItems(ctx.db, ctx.user.id);
}
