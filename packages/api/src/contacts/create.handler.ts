import { contacts } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { ownedApplicationKeys } from '../applications/find-owned.js';
import { contactColumns } from './contact-fields.js';
import type { CreateContactInput } from './create.schema.js';

export async function createContact({ ctx, input }: HandlerArgs<ProtectedContext, CreateContactInput>) {
  const { applicationId, name, email, role, notes } = input;
  const keys = await ownedApplicationKeys(ctx.db, ctx.user.id, applicationId);
  const [created] = await ctx.db
    .insert(contacts)
    .values({ ...keys, name, email: email ?? null, role: role ?? null, notes: notes ?? null })
    .returning(contactColumns);
  return created!;
}
