/**
 * calendar.feed / rotateFeed / disableFeed: the user's private calendar address. Only a hash is
 * stored, so the address can be shown only when it is made; rotating makes a new one and kills the old.
 */
import { calendarFeedStatus, disableCalendarFeed, rotateCalendarFeed } from '@jobforge/auth';
import type { ProtectedContext } from '../context.js';
import { calendarFeedUrl } from './feed-url.js';

export async function feedStatus({ ctx }: { ctx: ProtectedContext }) {
  const feed = await calendarFeedStatus(ctx.db, ctx.user.id);
  return { enabled: Boolean(feed), createdAt: feed?.createdAt ?? null, lastUsedAt: feed?.lastUsedAt ?? null };
}

export async function rotateFeed({ ctx }: { ctx: ProtectedContext }) {
  const { token, createdAt } = await rotateCalendarFeed(ctx.db, ctx.user.id);
  return { url: calendarFeedUrl(ctx.services.config.publicUrl, ctx.request, token), createdAt };
}

export async function disableFeed({ ctx }: { ctx: ProtectedContext }) {
  return { disabled: await disableCalendarFeed(ctx.db, ctx.user.id) };
}
