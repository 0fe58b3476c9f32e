import { asc, contacts, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { contactColumns } from './contact-fields.js';
import type { ListContactsInput } from './list.schema.js';

/** The people of one application's hiring process, in the order they were added. */
export async function listContacts({ ctx, input }: HandlerArgs<ProtectedContext, ListContactsInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  return ctx.db
    .select(contactColumns)
    .from(contacts)
    .where(eq(contacts.applicationId, input.applicationId))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
}
