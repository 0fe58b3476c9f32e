/** Where the API is mounted. */
export const TRPC_PREFIX_PATH = '/api/trpc';
