import { input } from '@jobforge/domain';

/** The feed procedures take nothing: they act on the signed-in user's one feed. */
export const noInputSchema = input({}).optional();
