import { input } from '../shared/fields.js';

/** The feed procedures take nothing: they act on the signed-in user's one feed. */
export const noInputSchema = input({}).optional();
