import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.js';

export { createApi, TRPC_ENDPOINT } from './create-api.js';
export { MAX_BODY_BYTES } from './http/limit-body.js';
export type { JobForgeApi, CreateApiOptions, RequestOptions, ApiCaller } from './create-api.js';
export type { Readiness, ReadinessCheck } from './operations/readiness.js';
export { appRouter, type AppRouter } from './root.js';
export type { ApiContext, ApiServices, AuthedContext, ProtectedContext } from './context.js';
export type { JobForgeErrorData, FieldErrors } from './errors.js';
export { saveDocument } from './documents/document-store.js';
export { calendarFeedResponse } from './calendar/serve-feed.js';
export { CALENDAR_FEED_PATH } from './calendar/feed-url.js';
export { EXPORT_PREFIX } from './exports/export-path.js';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
