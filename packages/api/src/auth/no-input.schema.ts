import type { z } from 'zod';
import { input } from '@jobforge/domain';

/** Procedures that take nothing accept nothing (or `{}`), so a stray input is refused by name, not ignored. */
export const noInputSchema = input({}).optional();
export type NoInput = z.infer<typeof noInputSchema>;
