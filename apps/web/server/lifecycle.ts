/**
 * Listening and graceful shutdown. On SIGTERM/SIGINT: stop accepting connections, fail readiness,
 * let in-flight requests and event streams finish within the configured bound, then close what is
 * left, shut the API down (interrupted AI runs are marked failed, the pool is closed) and exit 0.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { isDatabaseUnavailable } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';
import type { HttpApp } from './http-app.js';

export interface RunningServer {
  server: Server;
  url: string;
  /** Drains and closes; resolves when everything is closed. Safe to call more than once. */
  shutdown(reason: string): Promise<void>;
}

export interface ListenOptions {
  http: HttpApp;
  port: number;
  host?: string;
  logger: Logger;
  shutdownTimeoutMs: number;
  /** Runs after the HTTP server has drained (API shutdown, Vite close). */
  onClose?: () => Promise<void>;
}

export async function listen(options: ListenOptions): Promise<RunningServer> {
  const { http, logger } = options;
  const server = createServer(http.app);
  // A slow client may not hold a socket open forever; event streams are not affected (no timeout on responses).
  server.headersTimeout = 30_000;
  server.requestTimeout = 0;
  server.keepAliveTimeout = 65_000; // longer than nginx's upstream keepalive_timeout (60 s)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost === '[::]' || shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${address.port}`;

  let closing: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      const started = Date.now();
      logger.info(
        { reason, inFlight: http.inFlight(), timeoutMs: options.shutdownTimeoutMs },
        'shutting down: draining requests',
      );
      http.startDraining();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await Promise.race([
        http.whenIdle().then(() => true),
        delay(options.shutdownTimeoutMs).then(() => false),
      ]);
      if (!drained) {
        logger.warn({ inFlight: http.inFlight() }, 'shutdown timeout reached: closing the remaining connections');
      }
      server.closeAllConnections();
      await closed;
      try {
        await options.onClose?.();
      } catch (error) {
        logger.error({ err: error }, 'error while closing');
      }
      logger.info({ durationMs: Date.now() - started, drained }, 'shutdown complete');
    })();
    return closing;
  };

  return { server, url, shutdown };
}

/** Wires SIGTERM and SIGINT to a graceful shutdown followed by exit 0 (a second signal exits at once). */
export function exitOnSignals(running: RunningServer, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    signalled = true;
    void running.shutdown(signal).then(
      () => flushAndExit(logger, 0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        flushAndExit(logger, 1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * The database driver drops the promise of a query it sends on its own (the array types it reads on
 * every new connection); when the backend dies during it, that rejection has no handler, and Node
 * would end the process for it. Such a rejection says only "the database is unavailable": requests
 * hear that on their own and the pool reconnects, so it is logged and the process carries on. Any
 * other unhandled rejection is a bug of unknown reach and still ends the process, as Node would.
 */
export function exitOnUnhandledRejections(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logger.warn({ err: reason }, 'a database connection failed outside any request; the pool reconnects');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection: exiting');
    flushAndExit(logger, 1);
  });
}

function flushAndExit(logger: Logger, code: number): void {
  logger.flush?.();
  process.exit(code);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
