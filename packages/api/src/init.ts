import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';

/**
 * The single tRPC instance. isDev is off everywhere: the default shape would otherwise include stack
 * traces outside production.
 */
export const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  isDev: false,
  errorFormatter: formatError,
});
