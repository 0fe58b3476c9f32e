import { TRPCError } from '@trpc/server';
import { applications, isUniqueViolation } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { applicationColumns } from './application-fields.js';
import { baseApplicationName, uniqueApplicationName } from './application-name.js';
import { enforceQuotas, quotaScopeOf } from '../quotas/account-quotas.js';
import type { CreateApplicationInput } from './create.schema.js';

export async function createApplication({ ctx, input }: HandlerArgs<ProtectedContext, CreateApplicationInput>) {
  const name = await uniqueApplicationName(
    ctx.db,
    ctx.user.id,
    baseApplicationName(input.companyName, input.roleTitle, new Date()),
  );
  try {
    const [created] = await ctx.db
      .insert(applications)
      .values({
        userId: ctx.user.id,
        name,
        companyName: input.companyName,
        roleTitle: input.roleTitle,
        jobDescription: input.jobDescription,
        jobUrl: input.jobUrl ?? null,
        location: input.location ?? null,
        priorityLevel: input.priorityLevel ?? 'medium',
        additionalContext: input.additionalContext ?? null,
      })
      .returning(applicationColumns);
    await enforceQuotas(ctx.db, quotaScopeOf(ctx), 'applications');
    return created!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'An application with the same name was created at the same moment; try again.',
      });
    }
    throw error;
  }
}
