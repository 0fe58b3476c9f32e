/**
 * GET /calendar/<token>.ics: the private calendar feed, served without a session (calendar apps have
 * none; the address is the credential). The secret half of the address never reaches a log line or a
 * metric label: `loggablePath` keeps only the feed id.
 */
import type { RequestHandler } from 'express';
import { sendFetchResponse } from './trpc-bridge.js';

export const CALENDAR_PREFIX = '/calendar/';

export type CalendarFeed = (token: string, meta: { requestId: string; origin: string }) => Promise<Response>;

export function calendarFeedHandler(feed: CalendarFeed): RequestHandler {
  return async (req, res, next) => {
    const file = req.path.slice(CALENDAR_PREFIX.length);
    if (!file.endsWith('.ics')) return next();
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    try {
      const response = await feed(file.slice(0, -'.ics'.length), {
        requestId: res.locals.requestId as string,
        origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      });
      await sendFetchResponse(res, response, abort.signal);
    } catch (error) {
      next(error);
    }
  };
}

/** `/calendar/cal_abc….<secret>.ics` -> `/calendar/cal_abc….(secret).ics`; any other path as it is. */
export function loggablePath(path: string): string {
  if (!path.startsWith(CALENDAR_PREFIX)) return path;
  const id = /^cal_[a-z2-7]{1,24}/.exec(path.slice(CALENDAR_PREFIX.length))?.[0] ?? '';
  return `${CALENDAR_PREFIX}${id}.(secret).ics`;
}
