/** The address of a feed: PUBLIC_URL when set (what people and their calendar apps reach), else the request's origin. */
export const CALENDAR_FEED_PATH = '/calendar';

export function calendarFeedUrl(publicUrl: string | undefined, request: Request, token: string): string {
  const origin = publicUrl ? new URL(publicUrl).origin : new URL(request.url).origin;
  return `${origin}${CALENDAR_FEED_PATH}/${token}.ics`;
}
