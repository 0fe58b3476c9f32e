import { contacts } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { deleteOwned } from '../shared/owned-rows.js';
import type { ContactIdInput } from './by-id.schema.js';

export function deleteContact({ ctx, input }: HandlerArgs<ProtectedContext, ContactIdInput>) {
  return deleteOwned(ctx.db, contacts, input.id, ctx.user.id, 'Contact');
}
