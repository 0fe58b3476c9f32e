/**
 * The Job Forge web server: Express with the Remix app, the tRPC endpoint, the MCP endpoint (/mcp),
 * /healthz, /readyz and /metrics. `tsx server.ts` runs in development (Vite); in production
 * `node build/node/server.js` runs this file bundled (scripts/bundle-server.ts) and serves the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarFeedResponse, createApi, MAX_BODY_BYTES } from '@jobforge/api';
import { ConfigError, loadConfig, type AppConfig } from '@jobforge/config';
import { logger } from '@jobforge/observability';
import { createHttpApp } from './server/http-app.js';
import { exitOnSignals, exitOnUnhandledRejections, listen } from './server/lifecycle.js';
import { applyLocalDefaults } from './server/local-defaults.js';
import { assertProductionBuild, createPages } from './server/pages.js';
import type * as McpServerModule from '@jobforge/mcp';

/** Set by scripts/bundle-server.ts: the bundle runs from build/node, two folders below the app. */
declare const __JOBFORGE_BUNDLED__: boolean | undefined;
const here = path.dirname(fileURLToPath(import.meta.url));
const appDir = typeof __JOBFORGE_BUNDLED__ !== 'undefined' ? path.resolve(here, '../..') : here;

function fail(message: string): never {
  console.error(`Job Forge cannot start: ${message}`);
  process.exit(1);
}

const local = process.argv.includes('--local') && applyLocalDefaults(process.env).applied;

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
logger.level = config.logLevel;
exitOnUnhandledRejections(logger);
if (config.isProduction) {
  try {
    assertProductionBuild(appDir);
  } catch (error) {
    fail((error as Error).message);
  }
}

// Until the server listens there is nothing to drain: a stop signal ends start-up at once (as PID 1
// in a container, Node would otherwise ignore it until Docker's grace period runs out).
const stopDuringStartup = (signal: NodeJS.Signals) => {
  logger.info({ signal }, 'stopped during start-up');
  process.exit(0);
};
process.on('SIGTERM', stopDuringStartup);
process.on('SIGINT', stopDuringStartup);

// The database opens (and migrates) while the page build loads.
const apiReady = createApi({ config, logger });
const [apiResult, pagesResult] = await Promise.allSettled([
  apiReady,
  createPages({ appDir, production: config.isProduction, api: apiReady }),
]);
if (apiResult.status === 'rejected') fail((apiResult.reason as Error).message.split('\n')[0]!);
const api = apiResult.value;
if (pagesResult.status === 'rejected') {
  await api.shutdown();
  fail((pagesResult.reason as Error).message);
}
const pages = pagesResult.value;
// The MCP SDK is loaded by the first /mcp request, not at start: most servers never get one, and
// module loading would otherwise sit on the path to the first page.
let mcpServer: Promise<typeof McpServerModule> | undefined;
const loadMcpServer = () => (mcpServer ??= import('@jobforge/mcp'));

const http = createHttpApp({
  config,
  api,
  logger,
  pageHandler: pages.pageHandler,
  staticHandlers: pages.staticHandlers,
  csp: { enabled: config.isProduction, nonceAware: pages.nonceAware },
  calendarFeed: (token, meta) => calendarFeedResponse(api.services, token, meta),
  mcp: async (request, meta) =>
    (await loadMcpServer()).handleMcpRequest(
      { api, maxBodyBytes: MAX_BODY_BYTES, logError: (entry, message) => logger.error(entry, message) },
      request,
      meta,
    ),
});
const running = await listen({
  http,
  port: config.port,
  host: config.host,
  logger,
  shutdownTimeoutMs: config.shutdownTimeoutMs,
  onClose: async () => {
    await pages.close();
    await api.shutdown();
  },
}).catch(async (error: NodeJS.ErrnoException) => {
  await api.shutdown();
  return fail(error.code === 'EADDRINUSE' ? `port ${config.port} is in use (PORT)` : error.message);
});
process.off('SIGTERM', stopDuringStartup);
process.off('SIGINT', stopDuringStartup);
exitOnSignals(running, logger);

logger.info(
  { url: config.publicUrl ?? running.url, listening: running.url, mode: config.nodeEnv, database: api.driver },
  'Job Forge is running',
);
if (local) {
  console.log(
    `Job Forge is running at ${config.publicUrl} (plain HTTP on this machine only; see docs/deployment.md for a public server).`,
  );
}
