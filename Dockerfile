# syntax=docker/dockerfile:1.7
# Job Forge: one image for the web server (Remix UI + tRPC API).
# Stages: deps (all dependencies, cached on the lockfile) -> build (Remix/Vite build, server bundle)
#         prod-deps (production dependencies only) -> runtime (small, non-root).

# Node 24 is the current LTS (Node 20 reached end of life in April 2026); the tag is pinned to a release.
ARG NODE_IMAGE=node:24.11.1-bookworm-slim

FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
# Only the manifests, so that dependency layers are rebuilt when a lockfile or package.json
# changes, not on every source edit. Every workspace's package.json must be listed here.
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
COPY packages/ai/package.json packages/ai/
COPY packages/api/package.json packages/api/
COPY packages/auth/package.json packages/auth/
COPY packages/client/package.json packages/client/
COPY packages/config/package.json packages/config/
COPY packages/db/package.json packages/db/
COPY packages/export/package.json packages/export/
COPY packages/import/package.json packages/import/
COPY packages/mcp/package.json packages/mcp/
COPY packages/safe-fetch/package.json packages/safe-fetch/
COPY packages/domain/package.json packages/domain/
COPY packages/observability/package.json packages/observability/
COPY packages/mcp/package.json packages/mcp/
COPY tooling/tsconfig/package.json tooling/tsconfig/
COPY tooling/deploy-tests/package.json tooling/deploy-tests/
COPY tooling/source-checks/package.json tooling/source-checks/

FROM manifests AS deps
ENV NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY . .
RUN npm run build -w @jobforge/web

FROM manifests AS prod-deps
ENV NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    JOBFORGE_DATA_DIR=/data
WORKDIR /app
# Production node_modules: the npm packages the server bundle leaves external (native, WASM, fonts).
COPY --from=prod-deps /app ./
# The page build and the server bundle (build/node: the server with the workspace packages compiled
# in, the AI worker, the migrations, and the operator's password-reset command for servers without
# SMTP_URL: node apps/web/build/node/user-reset-password.js <email>); no TypeScript runs in the image.
COPY --from=build /app/apps/web/build apps/web/build
RUN mkdir -p /data && chown node:node /data
USER node
# /data holds the embedded database when DATABASE_URL is unset (mount a volume there to keep it);
# no VOLUME line, so compose deployments on PostgreSQL do not collect empty anonymous volumes.
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1 and handles SIGTERM: it drains requests, marks interrupted runs failed and exits 0.
CMD ["node", "apps/web/build/node/server.js"]
