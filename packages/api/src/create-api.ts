/**
 * createApi(): the API as the web server mounts it. One instance per process; it owns the database
 * unless one is handed in.
 */
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { AppConfig } from '@jobforge/config';
import type { FetchOptions } from '@jobforge/safe-fetch';
import { deleteExpiredSessions, pruneLoginAttempts } from '@jobforge/auth';
import { createDatabase, sql, type Database } from '@jobforge/db';
import { logger as defaultLogger, type Logger } from '@jobforge/observability';
import { aiRuntime, setAiRuntimeTiming } from './ai/index.js';
import type { AiRuntimeTiming } from './ai/ai-runtime.js';
import { createRequestContext, type ApiServices } from './context.js';
import { handleExportRequest } from './exports/handle-export-request.js';
import { reportUnexpectedError } from './errors.js';
import { ReportedUnexpectedError } from './middlewares/shield-unexpected-errors.js';
import { appRouter } from './root.js';
import { createCallerFactory } from './trpc.js';

export const TRPC_ENDPOINT = '/api/trpc';
/** Documents may hold 200,000 characters (up to 800 KB of UTF-8); leave room for the envelope. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** resumes.import carries a file of up to 5 MB as base64 (4/3 of it), called on its own (not batched). */
export const IMPORT_BODY_BYTES = 8 * 1024 * 1024;
const LARGE_BODY_PATHS = new Set([`/api/trpc/resumes.import`]);
const MAX_BATCH_SIZE = 25;
/** Expired sessions and login attempts older than any throttling window are removed this often. */
const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

export interface CreateApiOptions {
  config: AppConfig;
  /** Reuse an open database (tests, tools); otherwise one is opened from config and closed by shutdown(). */
  database?: Database;
  logger?: Logger;
  /** Tests only: lets applications.importPosting reach the fixture server on loopback. Never from configuration. */
  postingFetch?: Partial<FetchOptions>;
  /** Shorter AI heartbeats and sweeps (tests); the runtime starts inside createApi, so set them here. */
  aiTiming?: Partial<AiRuntimeTiming>;
}

export interface RequestOptions {
  requestId: string;
  /** The client's address as seen by the server (after trusted proxies); used for login throttling. */
  clientIp?: string | null;
}

export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string }>;

export interface Readiness {
  ok: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

const createCallerForRouter = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCallerForRouter>;

export interface JobForgeApi {
  readonly database: Database;
  readonly services: ApiServices;
  readonly router: typeof appRouter;
  /** Serves tRPC over HTTP for requests under /api/trpc. */
  handleTrpcRequest(request: Request, options: RequestOptions): Promise<Response>;
  /** Serves downloads under /export/ (PDF, DOCX, Markdown, JSON Resume), by cookie or bearer token. */
  handleExportRequest(request: Request, options: RequestOptions): Promise<Response>;
  /** For Remix loaders and actions: the same procedures, authenticated by the request's cookie. */
  createCaller(request: Request, options: RequestOptions & { responseHeaders: Headers }): ApiCaller;
  readiness(): Promise<Readiness>;
  /** Extra readiness checks (e.g. the AI providers) register here. */
  addReadinessCheck(name: string, check: ReadinessCheck): void;
  shutdown(): Promise<void>;
}

export async function createApi(options: CreateApiOptions): Promise<JobForgeApi> {
  const { config } = options;
  const logger = options.logger ?? defaultLogger;
  const ownsDatabase = !options.database;
  const database =
    options.database ??
    (await createDatabase({
      url: config.database.url,
      dataDir: config.database.dataDir,
      poolSize: config.database.poolSize,
      timeouts: config.database.timeouts,
      onNotice: (message) => logger.warn(message),
    }));

  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : null;
  const services: ApiServices = {
    database,
    config,
    logger,
    allowedOrigins: publicOrigin ? [publicOrigin] : [],
    secureCookies: Boolean(config.publicUrl?.startsWith('https://')),
    shutdownHooks: [],
    ...(options.postingFetch ? { postingFetch: options.postingFetch } : {}),
  };

  const readinessChecks = new Map<string, ReadinessCheck>([
    [
      'database',
      async () => {
        await database.bypassRls.execute(sql`select 1`);
        return { ok: true, detail: database.driver };
      },
    ],
  ]);

  // Starts the AI runtime now rather than at the first AI request: runs a stopped process left
  // "running" are marked failed at start-up, and the log says which engine is live.
  if (options.aiTiming) setAiRuntimeTiming(services, options.aiTiming);
  aiRuntime(services);

  let shuttingDown = false;

  const housekeeping = async () => {
    try {
      await deleteExpiredSessions(database);
      await pruneLoginAttempts(database);
    } catch (error) {
      logger.warn({ err: error }, 'could not remove expired sessions and old login attempts');
    }
  };
  void housekeeping();
  const housekeepingTimer = setInterval(() => void housekeeping(), HOUSEKEEPING_INTERVAL_MS);
  housekeepingTimer.unref();

  return {
    database,
    services,
    router: appRouter,

    async handleTrpcRequest(incoming, requestOptions) {
      const batchRefusal = refuseAuthBatch(incoming);
      if (batchRefusal) return batchRefusal;
      const limit = LARGE_BODY_PATHS.has(new URL(incoming.url).pathname) ? IMPORT_BODY_BYTES : MAX_BODY_BYTES;
      const limited = await limitBody(incoming, limit);
      if ('refused' in limited) return limited.refused;
      return fetchRequestHandler({
        endpoint: TRPC_ENDPOINT,
        req: limited.request,
        router: appRouter,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: ({ req, resHeaders }) => createRequestContext(services, req, requestOptions, resHeaders),
        onError: ({ error, path, ctx }) =>
          reportUnexpectedError(error, path, ctx, (e) => e instanceof ReportedUnexpectedError),
      });
    },

    handleExportRequest(request, requestOptions) {
      return handleExportRequest(services, request, requestOptions);
    },

    createCaller(request, requestOptions) {
      const ctx = createRequestContext(services, request, requestOptions, requestOptions.responseHeaders);
      return createCallerForRouter(ctx, {
        onError: ({ error, path }) =>
          reportUnexpectedError(error, path, ctx, (e) => e instanceof ReportedUnexpectedError),
      });
    },

    async readiness() {
      const checks: Readiness['checks'] = {};
      if (shuttingDown) checks.shutdown = { ok: false, detail: 'shutting down' };
      await Promise.all(
        [...readinessChecks].map(async ([name, check]) => {
          try {
            checks[name] = await withinReadinessTimeout(check());
          } catch (error) {
            logger.warn({ err: error, check: name }, 'readiness check failed');
            checks[name] = { ok: false, detail: 'unavailable' };
          }
        }),
      );
      return { ok: Object.values(checks).every((check) => check.ok), checks };
    },

    addReadinessCheck(name, check) {
      readinessChecks.set(name, check);
    },

    async shutdown() {
      if (shuttingDown) return;
      shuttingDown = true;
      clearInterval(housekeepingTimer);
      for (const hook of services.shutdownHooks) {
        try {
          await hook();
        } catch (error) {
          logger.error({ err: error }, 'shutdown hook failed');
        }
      }
      if (ownsDatabase) await database.close();
    },
  };
}

/** A probe that hangs (a silent network) must still get its answer in time: each check gets this long. */
export const READINESS_CHECK_TIMEOUT_MS = 1_500;

async function withinReadinessTimeout(
  check: Promise<{ ok: boolean; detail?: string }>,
): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<{ ok: boolean; detail: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, detail: `no answer within ${READINESS_CHECK_TIMEOUT_MS} ms` }),
      READINESS_CHECK_TIMEOUT_MS,
    );
  });
  check.catch(() => {}); // a late failure after the timeout is not news
  try {
    return await Promise.race([check, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The fetch adapter reads whole bodies without a limit; refuse large ones first, by the declared
 * length or, for a body without one, by reading at most the limit (and handing on what was read).
 */
async function limitBody(request: Request, limit: number): Promise<{ request: Request } | { refused: Response }> {
  if (!request.body) return { request };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared)) return declared <= limit ? { request } : { refused: payloadTooLarge(limit) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => {});
      return { refused: payloadTooLarge(limit) };
    }
    chunks.push(value);
  }
  return {
    request: new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: Buffer.concat(chunks),
      signal: request.signal,
    }),
  };
}

/**
 * A batch runs its procedures in parallel: with several sign-ins in one request, a guesser would
 * get a burst past any per-request limit. One auth mutation per request, then.
 */
function refuseAuthBatch(request: Request): Response | null {
  if (request.method !== 'POST') return null;
  const { pathname } = new URL(request.url);
  const names = pathname.slice(TRPC_ENDPOINT.length + 1).split(',');
  if (names.length < 2) return null;
  const authCalls = names.filter((name) => decodeSafely(name).startsWith('auth.')).length;
  if (authCalls < 2) return null;
  return Response.json(
    {
      error: {
        json: {
          code: -32600,
          message: 'Send one sign-in, sign-up or other account change per request, not several in one batch.',
          data: { code: 'BAD_REQUEST', httpStatus: 400, requestId: null, fieldErrors: null },
        },
      },
    },
    { status: 400 },
  );
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function payloadTooLarge(limit: number): Response {
  return Response.json(
    {
      error: {
        json: {
          code: -32600,
          message: `The request body is larger than ${limit / 1024 / 1024} MB.`,
          data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, requestId: null, fieldErrors: null },
        },
      },
    },
    { status: 413 },
  );
}
