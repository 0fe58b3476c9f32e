import { useRevalidator, useRouteLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { isTimeZone, TIME_ZONE_COOKIE } from './time';

/** The user's time zone as the server knew it for this page (from the cookie; UTC before the first visit). */
export function useTimeZone(): string {
  const root = useRouteLoaderData('root') as { timeZone?: string } | undefined;
  return root?.timeZone ?? 'UTC';
}

/** One "now" per page render, so every count on a page agrees. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}

/**
 * Tells the server the browser's time zone (a cookie, read by the root loader), and reloads the page
 * data once when it differs from what the page was rendered with, so "today" means the user's today.
 */
export function TimeZoneSync() {
  const rendered = useTimeZone();
  const revalidator = useRevalidator();
  useEffect(() => {
    // Browser tests wait for this before they press keys: until hydration, nothing listens.
    document.documentElement.dataset.hydrated = 'true';
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isTimeZone(browser) || browser === rendered) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browser)}; Path=/; Max-Age=31536000; SameSite=Lax`;
    revalidator.revalidate();
    // Once per page load: the revalidated render already carries the new zone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
