/**
 * createApi(): the API as the web server mounts it. One instance per process; it owns the database
 * unless one is handed in. It wires parts that each live in their own module: the services every
 * procedure receives (context.ts), the AI runtime (ai/), readiness (operations/readiness.ts),
 * housekeeping (operations/housekeeping.ts), database metrics and the body limit (http/limit-body.ts).
 */
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { AppConfig } from '@jobforge/config';
import type { FetchOptions } from '@jobforge/safe-fetch';
import { createCredentialCache, createMailer } from '@jobforge/auth';
import { createDatabase, userDatabaseOf, type Database, type DriverName } from '@jobforge/db';
import { logger as defaultLogger, type Logger } from '@jobforge/observability';
import type { AiEngine } from '@jobforge/ai';
import { createAiService, type AiRuntimeTiming } from './ai/index.js';
import { createRequestContext, type ApiServices } from './context.js';
import { handleExportRequest } from './exports/handle-export-request.js';
import { reportUnexpectedError } from './errors.js';
import { refuseAuthBatch } from './http/auth-batch.js';
import { limitBody } from './http/limit-body.js';
import { TRPC_PREFIX_PATH } from './http/paths.js';
import { ReportedUnexpectedError } from './middlewares/shield-unexpected-errors.js';
import { observeDatabase } from './operations/database-metrics.js';
import { startHousekeeping } from './operations/housekeeping.js';
import { ReadinessChecks, type Readiness, type ReadinessCheck } from './operations/readiness.js';
import { appRouter } from './root.js';
import { createCallerFactory } from './trpc.js';

export const TRPC_ENDPOINT = TRPC_PREFIX_PATH;
const MAX_BATCH_SIZE = 25;

export interface CreateApiOptions {
  config: AppConfig;
  /** Reuse an open database (tests, tools); otherwise one is opened from config and closed by shutdown(). */
  database?: Database;
  logger?: Logger;
  /** Tests only: lets applications.importPosting reach the fixture server on loopback. Never from configuration. */
  postingFetch?: Partial<FetchOptions>;
  /** Shorter AI heartbeats and sweeps (tests). */
  aiTiming?: Partial<AiRuntimeTiming>;
  /** The AI engine to run, or a wrapper around the configured one (tests script engines this way). */
  aiEngine?: AiEngine | ((configured: AiEngine) => AiEngine);
  /** How long the stored AI usage metrics are cached between scrapes (default 30 s; tests use 0). */
  storedMetricsRefreshMs?: number;
}

export interface RequestOptions {
  requestId: string;
  /** The client's address as seen by the server (after trusted proxies); used for login throttling. */
  clientIp?: string | null;
}

const createCallerForRouter = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCallerForRouter>;

export interface JobForgeApi {
  /** Which database this instance runs on (for the start-up log). */
  readonly driver: DriverName;
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
  const userDatabase = userDatabaseOf(database);
  // Started now rather than at the first AI request: runs a stopped process left "running" are
  // marked failed at start-up, and the log says which engine is live.
  const ai = createAiService({
    database: userDatabase,
    adminDatabase: database,
    config,
    logger,
    timing: options.aiTiming,
    engine: options.aiEngine,
  });
  // Sessions and API tokens are read from a short-lived cache that revocations clear (decision 016).
  const credentialCache = createCredentialCache(database, {
    onListenError: (error) =>
      logger.error({ err: error }, 'could not listen for revoked credentials: every request reads its session'),
    onNotifyError: (error) =>
      logger.warn(
        { err: error },
        'could not tell the other replicas to forget cached credentials; theirs expire within seconds',
      ),
  });
  const services: ApiServices = {
    database: userDatabase,
    adminDatabase: database,
    config,
    logger,
    allowedOrigins: publicOrigin ? [publicOrigin] : [],
    secureCookies: Boolean(config.publicUrl?.startsWith('https://')),
    ...(options.postingFetch ? { postingFetch: options.postingFetch } : {}),
    ai,
    mailer: config.smtp ? createMailer(config.smtp.url, config.smtp.from) : null,
    publicBaseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    credentialCache,
  };

  const readiness = new ReadinessChecks(database, logger);
  observeDatabase(database, options.storedMetricsRefreshMs);
  const stopHousekeeping = startHousekeeping(database, logger);
  await credentialCache.enable();

  const onError = ({ error, path, ctx }: Parameters<typeof reportUnexpectedError>[0]) =>
    reportUnexpectedError({ error, path, ctx }, (e) => e instanceof ReportedUnexpectedError);
  let shuttingDown = false;

  return {
    driver: database.driver,
    services,
    router: appRouter,

    async handleTrpcRequest(incoming, requestOptions) {
      const batchRefusal = refuseAuthBatch(incoming);
      if (batchRefusal) return batchRefusal;
      const limited = await limitBody(incoming);
      if ('refused' in limited) return limited.refused;
      return fetchRequestHandler({
        endpoint: TRPC_ENDPOINT,
        req: limited.request,
        router: appRouter,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: ({ req, resHeaders }) => createRequestContext(services, req, requestOptions, resHeaders),
        onError,
      });
    },

    handleExportRequest(request, requestOptions) {
      return handleExportRequest(services, request, requestOptions);
    },

    createCaller(request, requestOptions) {
      const ctx = createRequestContext(services, request, requestOptions, requestOptions.responseHeaders);
      return createCallerForRouter(ctx, { onError: ({ error, path }) => onError({ error, path, ctx }) });
    },

    readiness: () => readiness.run(),
    addReadinessCheck: (name, check) => readiness.add(name, check),

    async shutdown() {
      if (shuttingDown) return;
      shuttingDown = true;
      readiness.markShuttingDown();
      stopHousekeeping();
      await credentialCache.close().catch(() => {});
      try {
        await ai.shutdown();
      } catch (error) {
        logger.error({ err: error }, 'could not settle the AI runs in flight');
      }
      services.mailer?.close();
      if (ownsDatabase) await database.close();
    },
  };
}
