/**
 * What every procedure receives. The request context is built per request by the fetch handler and
 * by `createCaller`; the services are built once by `createApi`.
 */
import type { AppConfig } from '@jobforge/config';
import type {
  Authenticated,
  AuthUser,
  Credential,
  CredentialCache,
  Mailer,
  PresentedCredentials,
} from '@jobforge/auth';
import { readCredentials } from '@jobforge/auth';
import type { AdminDatabase, UserDatabase, UserTx } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';
import type { FetchOptions } from '@jobforge/safe-fetch';
import type { AiService } from './ai/ai-service.js';

export interface ApiServices {
  /** User transactions only (`withUser`): row-level security bounds everything done through it. */
  database: UserDatabase;
  /**
   * The handle that bypasses row-level security, for sign-in, sessions and maintenance only; an
   * ESLint rule refuses it anywhere else.
   */
  adminDatabase: AdminDatabase;
  config: AppConfig;
  logger: Logger;
  /** Origins whose pages may send cookie-authenticated mutations (PUBLIC_URL's origin, when set). */
  allowedOrigins: string[];
  /** Session cookies get the Secure flag when the app is served over https. */
  secureCookies: boolean;
  /** Limits and, in tests only, the loopback allowance for fetching job postings (applications.importPosting). */
  postingFetch?: Partial<FetchOptions>;
  /** The AI runtime: engine, runs in flight, progress events, resume embeddings. */
  ai: AiService;
  /** Sends password-reset links when SMTP_URL is set; null otherwise (the operator command hands them out). */
  mailer: Mailer | null;
  /** Where links in emails point: PUBLIC_URL, or this machine's address in development. */
  publicBaseUrl: string;
  /**
   * The short-lived copy of session and API-token rows (decision 016). Its `forgetAll()` clears it
   * here and on the other replicas: run it after anything that may end a credential has committed.
   */
  credentialCache: CredentialCache;
}

export interface RequestMeta {
  requestId: string;
  /** The client's address as the server saw it (after trusted proxies), or null when unknown. */
  clientIp: string | null;
  userAgent: string | null;
}

export interface ApiContext extends RequestMeta {
  services: ApiServices;
  request: Request;
  /** Set-Cookie and other headers for the response; the HTTP handler and Remix loaders send them on. */
  responseHeaders: Headers;
  credentials: PresentedCredentials | null;
}

/** After `authenticate`: someone is signed in. */
export interface AuthedContext extends ApiContext {
  user: AuthUser;
  credential: Credential;
}

/** After `userTransaction`: the whole procedure runs in one row-level-secured transaction. */
export interface ProtectedContext extends AuthedContext {
  db: UserTx;
  /** Runs `task` once the transaction has committed (never after a rollback); must not throw or wait. */
  afterCommit(task: () => void): void;
}

export interface HandlerArgs<Ctx, Input> {
  ctx: Ctx;
  input: Input;
}

export function createRequestContext(
  services: ApiServices,
  request: Request,
  meta: { requestId: string; clientIp?: string | null },
  responseHeaders: Headers,
): ApiContext {
  return {
    services,
    request,
    responseHeaders,
    requestId: meta.requestId,
    clientIp: meta.clientIp ?? forwardedFor(request.headers),
    userAgent: request.headers.get('user-agent'),
    credentials: readCredentials(request.headers, { secure: services.secureCookies }),
  };
}

/**
 * Used only when the server did not say who the client is. The first X-Forwarded-For entry is what
 * the reverse proxy in front of us recorded; without a proxy the header may be forged, which can only
 * move a caller between IP buckets: the per-account throttle still applies.
 */
function forwardedFor(headers: Headers): string | null {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : headers.get('x-real-ip')?.trim().slice(0, 64) ?? null;
}

export type { Authenticated };
