/**
 * How pages are served: in development through Vite (hot reload, source modules), in production
 * from the `remix vite:build` output, with content-hashed assets cached for a year.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import express, { type RequestHandler } from 'express';
import type { JobForgeApi } from '@jobforge/api';

export interface Pages {
  pageHandler: RequestHandler;
  staticHandlers: RequestHandler[];
  /** The page renderer puts the request's CSP nonce on its inline scripts (see security-headers.ts). */
  nonceAware(): boolean;
  close(): Promise<void>;
}

export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
}

/**
 * `api` may be a promise: the build loads while the database opens (no request is served before
 * both are ready).
 */
export async function createPages(options: {
  appDir: string;
  production: boolean;
  api: JobForgeApi | Promise<JobForgeApi>;
}): Promise<Pages> {
  let api: JobForgeApi | undefined;
  void Promise.resolve(options.api).then(
    (ready) => (api = ready),
    () => {},
  );
  const getLoadContext = (req: express.Request, res: express.Response) => ({
    api: api!,
    requestId: res.locals.requestId as string,
    clientIp: req.ip ?? null,
    cspNonce: res.locals.cspNonce as string,
  });
  return options.production
    ? productionPages(options.appDir, getLoadContext)
    : developmentPages(options.appDir, getLoadContext);
}

type GetLoadContext = Parameters<typeof createRequestHandler>[0]['getLoadContext'];

/** Checked before the database opens, so a missing build fails in a moment, not after start-up. */
export function assertProductionBuild(appDir: string): void {
  if (!existsSync(path.join(appDir, 'build/server/index.js')) || !existsSync(path.join(appDir, 'build/client'))) {
    throw new MissingBuildError(`No production build in ${path.join(appDir, 'build')}: run "npm run build" first.`);
  }
}

async function productionPages(appDir: string, getLoadContext: GetLoadContext): Promise<Pages> {
  assertProductionBuild(appDir);
  const serverEntry = path.join(appDir, 'build/server/index.js');
  const clientDir = path.join(appDir, 'build/client');
  const build = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
  const assets = express.Router();
  // File names under /assets carry a content hash, so they never change: cache them for good.
  assets.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  assets.use('/assets', (_req, res) => void res.status(404).type('text/plain').send('Not found\n'));
  assets.use(express.static(clientDir, { maxAge: '1h', index: false }));
  return {
    pageHandler: createRequestHandler({ build, mode: 'production', getLoadContext }),
    staticHandlers: [assets],
    nonceAware: () => (build.entry.module as unknown as Record<string, unknown>).handlesCspNonce === true,
    close: async () => {},
  };
}

async function developmentPages(appDir: string, getLoadContext: GetLoadContext): Promise<Pages> {
  // Vite is a development dependency: load it only here, never in production.
  const vite = await import('vite');
  const devServer = await vite.createServer({ root: appDir, server: { middlewareMode: true }, appType: 'custom' });
  return {
    pageHandler: createRequestHandler({
      build: () => devServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>,
      mode: 'development',
      getLoadContext,
    }),
    staticHandlers: [devServer.middlewares as unknown as RequestHandler],
    nonceAware: () => false,
    close: () => devServer.close(),
  };
}
