/**
 * What the server hands every loader and action (server.ts builds it per request): the in-process
 * API and the id under which this request is logged.
 */
import type { JobForgeApi } from '@jobforge/api';

export interface JobForgeLoadContext {
  api: JobForgeApi;
  requestId: string;
  /** The client's address after trusted proxies, when the server knows it (login throttling). */
  clientIp?: string | null;
  /** The Content-Security-Policy nonce of this response (production), applied by entry.server.tsx. */
  cspNonce?: string;
}

declare module '@remix-run/node' {
  // Declaration merging: Remix's AppLoadContext becomes ours.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends JobForgeLoadContext {}
}
