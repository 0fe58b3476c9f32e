import { input } from '@jobforge/domain';

/** Outcomes take no options: they cover every application the user has sent. */
export const outcomesSchema = input({}).optional();
