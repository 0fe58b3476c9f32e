import { contacts } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { contactColumns } from './contact-fields.js';
import type { CreateContactInput } from './create.schema.js';

export async function createContact({ ctx, input }: HandlerArgs<ProtectedContext, CreateContactInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const [created] = await ctx.db
    .insert(contacts)
    .values({
      userId: ctx.user.id,
      applicationId: input.applicationId,
      name: input.name,
      email: input.email ?? null,
      role: input.role ?? null,
      notes: input.notes ?? null,
    })
    .returning(contactColumns);
  return created!;
}
