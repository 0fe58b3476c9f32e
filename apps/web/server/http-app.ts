/**
 * The Express application: request ids and logs, metrics, health endpoints, tRPC, MCP, static assets and
 * the Remix handler, in that order. Nothing here opens a port; see lifecycle.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { EXPORT_PREFIX, MAX_BODY_BYTES, type JobForgeApi } from '@jobforge/api';
import type { AppConfig } from '@jobforge/config';
import {
  REQUEST_ID_HEADER,
  httpRequestDuration,
  httpRequestsInFlight,
  renderMetrics,
  requestIdFrom,
  type Logger,
} from '@jobforge/observability';
import { calendarFeedHandler, CALENDAR_PREFIX, loggablePath, type CalendarFeed } from './calendar-feed.js';
import { routeLabel } from './route-label.js';
import { securityHeaders, type CspOptions } from './security-headers.js';
import { exportHandler, fetchHandler, TRPC_PREFIX, trpcHandler, type FetchHandler } from './trpc-bridge.js';

/** Where the MCP server (packages/mcp) answers, as the Wave 2 contract names it. */
export const MCP_PATH = '/mcp';

export type ServerApi = Pick<JobForgeApi, 'handleTrpcRequest' | 'readiness'> &
  Partial<Pick<JobForgeApi, 'handleExportRequest'>> & { router?: JobForgeApi['router'] };

export interface HttpAppOptions {
  config: Pick<AppConfig, 'metricsToken' | 'trustProxy'>;
  api: ServerApi;
  logger: Logger;
  /** Serves pages (Remix); called for everything the earlier handlers did not answer. */
  pageHandler: RequestHandler;
  /** Static files before the page handler: Vite's middlewares in development, build/client in production. */
  staticHandlers?: RequestHandler[];
  /** Content-Security-Policy (production only; off when omitted). */
  csp?: CspOptions;
  /** Serves the private calendar feeds at /calendar/<token>.ics (left out: no feeds). */
  calendarFeed?: CalendarFeed;
  /** The MCP server (Streamable HTTP) at /mcp, authenticated by personal API tokens (left out: none). */
  mcp?: FetchHandler;
}

export interface HttpApp {
  app: Express;
  /** Requests (and event streams) still being served. */
  inFlight(): number;
  /** Resolves when no request is in flight. */
  whenIdle(): Promise<void>;
  /** From now on readiness fails and every response asks its client to close the connection. */
  startDraining(): void;
}

export function createHttpApp(options: HttpAppOptions): HttpApp {
  const { api, logger, config } = options;
  const procedures = new Set(Object.keys(api.router?._def.procedures ?? {}));
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  let inFlight = 0;
  let draining = false;
  let idleWaiters: Array<() => void> = [];

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    const log = logger.child({ requestId });
    res.locals.requestId = requestId;
    res.locals.log = log;
    res.setHeader('X-Request-Id', requestId);
    if (draining) res.setHeader('Connection', 'close');

    // Routers mounted at a prefix (e.g. /assets) rewrite req.path; keep the path as it arrived.
    const path = req.path;
    inFlight += 1;
    httpRequestsInFlight.inc();
    const started = process.hrtime.bigint();
    res.once('close', () => {
      inFlight -= 1;
      httpRequestsInFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(path, res.statusCode, procedures);
      httpRequestDuration.observe({ method: req.method, route, status_code: String(res.statusCode) }, seconds);
      const quiet = route === '/healthz' || route === '/readyz' || route === '/metrics' || route === '/assets/*';
      const entry = {
        method: req.method,
        path: loggablePath(path).slice(0, 200),
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500) log.error(entry, 'request failed');
      else if (quiet) log.debug(entry, 'request');
      else log.info(entry, 'request');
      if (inFlight === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        waiters.forEach((resolve) => resolve());
      }
    });
    next();
  });

  app.use(securityHeaders(options.csp ?? { enabled: false, nonceAware: () => false }));

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });

  app.get('/readyz', async (_req, res, next) => {
    try {
      const readiness = draining
        ? { ok: false, checks: { shutdown: { ok: false, detail: 'shutting down' } } }
        : await api.readiness();
      res
        .set('Cache-Control', 'no-store')
        .status(readiness.ok ? 200 : 503)
        .json(readiness);
    } catch (error) {
      next(error);
    }
  });

  app.get('/metrics', async (req, res, next) => {
    if (!metricsAllowed(req, config.metricsToken)) {
      res
        .status(config.metricsToken ? 401 : 403)
        .type('text/plain')
        .send(
          config.metricsToken
            ? 'Metrics need Authorization: Bearer <METRICS_TOKEN>.\n'
            : 'Metrics are served to loopback only; set METRICS_TOKEN to scrape remotely.\n',
        );
      return;
    }
    try {
      const { contentType, body } = await renderMetrics();
      res.set('Cache-Control', 'no-store').type(contentType).send(body);
    } catch (error) {
      next(error);
    }
  });

  app.use(
    compression({
      // Event streams must reach the browser as they are written, never held for a gzip block.
      filter: (req, res) =>
        !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
    }),
  );

  app.all(`${TRPC_PREFIX}/*`, trpcHandler(api));
  if (options.calendarFeed) app.get(`${CALENDAR_PREFIX}*`, calendarFeedHandler(options.calendarFeed));
  if (options.mcp) app.all(MCP_PATH, fetchHandler(options.mcp));
  if (api.handleExportRequest)
    app.all(`${EXPORT_PREFIX}*`, exportHandler({ handleExportRequest: api.handleExportRequest }));

  // Remix actions read the whole body into memory: refuse oversized ones up front, with the same
  // bound the API uses. A body without a declared length (chunked) could not be bounded before it
  // is read, so pages refuse it (411): browsers always declare the length of a form or upload.
  app.use((req, res, next) => {
    const length = req.get('content-length');
    const chunked = length === undefined && (req.get('transfer-encoding') ?? '') !== '';
    const declared = Number(length ?? 0);
    if (!chunked && declared <= MAX_BODY_BYTES) return next();
    res.setHeader('Connection', 'close');
    res
      .status(chunked ? 411 : 413)
      .type('text/plain')
      .send(
        chunked
          ? 'Send the request body with a Content-Length.\n'
          : `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.\n`,
      );
  });

  for (const handler of options.staticHandlers ?? []) app.use(handler);
  app.all('*', options.pageHandler);

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
    ((res.locals.log as Logger | undefined) ?? logger).error({ err: error, requestId }, 'unhandled error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).json({
      error: {
        message: 'Something went wrong on our side. If it keeps happening, report it with this request id.',
        requestId,
      },
    });
  };
  app.use(onError);

  return {
    app,
    inFlight: () => inFlight,
    whenIdle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    startDraining: () => {
      draining = true;
    },
  };
}

/**
 * With a token configured, the bearer token is required from everyone. Without one, only direct
 * loopback connections may read; a proxied request (X-Forwarded-For, Forwarded) counts as remote
 * even when the proxy itself connects from loopback.
 */
function metricsAllowed(req: express.Request, token: string | undefined): boolean {
  if (token) {
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    const a = Buffer.from(presented);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  if (req.get('x-forwarded-for') || req.get('forwarded') || req.get('x-real-ip')) return false;
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
