/**
 * The typed client for other TypeScript programs: every procedure of the Job Forge API with its input
 * and output types, over HTTP. The API is imported as a type only, so no server code is bundled.
 */
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter, JobForgeErrorData, RouterInputs, RouterOutputs } from '@jobforge/api';

export type { AppRouter, RouterInputs, RouterOutputs, JobForgeErrorData };

export interface JobForgeClientOptions {
  /** Where Job Forge runs, e.g. "https://jobs.example.com" (the API lives under /api/trpc). */
  url: string;
  /** A session token from auth.login / auth.register, or a personal API token from auth.createApiToken. */
  token?: string | (() => string | undefined);
  /** Replaces the global fetch (proxies, tests, custom agents). */
  fetch?: typeof fetch;
}

export function createJobForgeClient(options: JobForgeClientOptions) {
  let base = options.url;
  while (base.endsWith('/')) base = base.slice(0, -1);
  const endpoint = `${base}/api/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: endpoint,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers() {
          const token = typeof options.token === 'function' ? options.token() : options.token;
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}

export type JobForgeClient = ReturnType<typeof createJobForgeClient>;

/** Errors from the API carry a code (NOT_FOUND, UNAUTHORIZED, ...), a message and, for bad input, fieldErrors. */
export function isJobForgeError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}

export { TRPCClientError };

export {
  createJobForgeDownloads,
  JobForgeDownloadError,
  type JobForgeDownloads,
  type DownloadedFile,
  type DownloadOptions,
} from './downloads.js';
