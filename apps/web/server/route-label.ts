/**
 * The `route` label of the request-duration metric. It must come from a small, closed set, or a
 * scanner probing random paths would create unbounded series: ids become `:id`, unknown tRPC
 * procedures and pages that 404 collapse into one label each, and so does every other page answer
 * that is not 2xx (a signed-out visit to /applications/<anything> is a redirect, whatever the path):
 * only pages that were actually served label by their shape.
 */
import { isUuid } from '@jobforge/domain';
import { TRPC_PREFIX } from './trpc-bridge.js';

/** Numbers and long tokens are ids too (tokens, generated names). */
const OTHER_ID_SEGMENT = /^(?:\d+|[A-Za-z0-9_-]{20,})$/;
const isIdSegment = (segment: string) => isUuid(segment) || OTHER_ID_SEGMENT.test(segment);
const FIXED = new Set(['/healthz', '/readyz', '/metrics', '/', '/mcp']);
/** Pages whose redirects and refusals are worth their own series (sign-in answers 302 or 4xx). */
const FIXED_PAGES = new Set(['/login', '/register', '/logout']);
const MAX_SEGMENTS = 4;

export function routeLabel(path: string, status: number, procedures: ReadonlySet<string>): string {
  if (FIXED.has(path)) return path;
  if (path.startsWith('/assets/')) return '/assets/*';
  // The feed address is a credential: never any part of it in a label.
  if (path.startsWith('/calendar/')) return '/calendar/:feed';
  if (path.startsWith(`${TRPC_PREFIX}/`)) {
    const names = decodeSafely(path.slice(TRPC_PREFIX.length + 1)).split(',');
    if (!names.every((name) => procedures.has(name))) return `${TRPC_PREFIX}/(unknown)`;
    return names.length === 1 ? `${TRPC_PREFIX}/${names[0]}` : `${TRPC_PREFIX}/(batch)`;
  }
  if (status === 404) return '(not found)';
  if (FIXED_PAGES.has(path)) return path;
  // Downloads answer anything but 404 only for well-formed paths: ids and the file's type and format.
  if (path.startsWith('/export/')) {
    return path
      .split('/')
      .map((segment) => (isUuid(segment.slice(0, 36)) ? `:id${segment.slice(36)}` : segment))
      .join('/');
  }
  if (status < 200 || status >= 300) return '(not 2xx)';
  // Remix single-fetch data requests are the page path plus ".data" (and "/_root.data" for "/").
  const data = path.endsWith('.data');
  const base = data ? path.slice(0, -'.data'.length) : path;
  const segments = base.split('/').filter(Boolean).slice(0, MAX_SEGMENTS);
  const pattern = `/${segments.map((segment) => (isIdSegment(segment) ? ':id' : segment.slice(0, 40))).join('/')}`;
  return data ? `${pattern}.data` : pattern;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
