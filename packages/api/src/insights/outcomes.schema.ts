import { input } from '../shared/fields.js';

/** Outcomes take no options: they cover every application the user has sent. */
export const outcomesSchema = input({}).optional();
