import { contacts } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { ownedRow, updateOf } from '../shared/owned-rows.js';
import { notFound } from '../errors.js';
import { contactColumns } from './contact-fields.js';
import type { UpdateContactInput } from './update.schema.js';

/** Fields left out stay as they are; an optional field sent as null or "" is cleared. */
export async function updateContact({ ctx, input }: HandlerArgs<ProtectedContext, UpdateContactInput>) {
  const { id, ...fields } = input;
  const [updated] = await ctx.db
    .update(contacts)
    .set(updateOf(fields))
    .where(ownedRow(contacts, id, ctx.user.id))
    .returning(contactColumns);
  if (!updated) throw notFound('Contact');
  return updated;
}
