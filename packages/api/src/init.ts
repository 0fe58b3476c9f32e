import { initTRPC } from '@trpc/server';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';
import { transformer } from './shared/transformer.js';

/**
 * The single tRPC instance. isDev is off everywhere: the default shape would otherwise include stack
 * traces outside production.
 */
export const t = initTRPC.context<ApiContext>().create({
  transformer,
  isDev: false,
  errorFormatter: formatError,
});
