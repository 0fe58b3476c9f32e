import { and, contacts, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ContactIdInput } from './by-id.schema.js';

export async function deleteContact({ ctx, input }: HandlerArgs<ProtectedContext, ContactIdInput>) {
  const deleted = await ctx.db
    .delete(contacts)
    .where(and(eq(contacts.id, input.id), eq(contacts.userId, ctx.user.id)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) throw notFound('Contact');
  return { id: input.id };
}
