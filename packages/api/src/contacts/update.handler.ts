import { contacts } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { foundRow, ownedUpdate } from '../shared/owned-rows.js';
import { contactColumns } from './contact-fields.js';
import type { UpdateContactInput } from './update.schema.js';

/** Fields left out stay as they are; an optional field sent as null or "" is cleared. */
export async function updateContact({ ctx, input }: HandlerArgs<ProtectedContext, UpdateContactInput>) {
  const { patch, where } = ownedUpdate(contacts, input, ctx.user.id);
  return foundRow(ctx.db.update(contacts).set(patch).where(where).returning(contactColumns), 'Contact');
}
