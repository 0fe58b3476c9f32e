/**
 * The calendar feed route: served without a session, handed the token from the path, and the secret
 * half of the address appears in no log line and no metric label.
 */
import { describe, expect, it } from 'vitest';
import { renderMetrics } from '@jobforge/observability';
import { createCapturingLogger } from '@jobforge/observability/testing';
import { loggablePath } from '../../server/calendar-feed.js';
import { createHttpApp } from '../../server/http-app.js';
import { listen } from '../../server/lifecycle.js';
import { routeLabel } from '../../server/route-label.js';
import { stubApi } from './support.js';

const TOKEN = `cal_${'a'.repeat(24)}.${'b2'.repeat(16)}`;
const SECRET = 'b2'.repeat(16);

describe('the calendar feed route', () => {
  it('passes the token to the feed and logs only the feed id', async () => {
    const { logger: log, lines } = createCapturingLogger();
    const seen: string[] = [];
    const http = createHttpApp({
      config: { metricsToken: undefined, trustProxy: false },
      api: stubApi(),
      logger: log,
      pageHandler: (_req, res) => void res.status(404).send('page'),
      calendarFeed: async (token) => {
        seen.push(token);
        return token === TOKEN
          ? new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { headers: { 'content-type': 'text/calendar' } })
          : new Response('No calendar at this address.\n', { status: 404 });
      },
    });
    const server = await listen({ http, port: 0, host: '127.0.0.1', logger: log, shutdownTimeoutMs: 1_000 });
    try {
      const ok = await fetch(`${server.url}/calendar/${TOKEN}.ics`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/calendar');
      expect(await ok.text()).toContain('BEGIN:VCALENDAR');
      const wrong = await fetch(`${server.url}/calendar/${TOKEN.replace(/b/g, 'c')}.ics`);
      expect(wrong.status).toBe(404);
      // Not a feed file: the page handler answers.
      expect(await (await fetch(`${server.url}/calendar/whatever`)).text()).toBe('page');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await server.shutdown('test done');
    }
    expect(seen).toEqual([TOKEN, TOKEN.replace(/b/g, 'c')]);
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
    expect(requests[0]).toMatchObject({ path: `/calendar/cal_${'a'.repeat(24)}.(secret).ics`, status: 200 });
    expect(lines.join('\n')).not.toContain(SECRET);
    expect((await renderMetrics()).body).not.toContain(SECRET);
  });

  it('keeps the secret out of paths and labels whatever the path looks like', () => {
    expect(loggablePath(`/calendar/${TOKEN}.ics`)).toBe(`/calendar/cal_${'a'.repeat(24)}.(secret).ics`);
    expect(loggablePath(`/calendar/${SECRET}.ics`)).toBe('/calendar/.(secret).ics');
    expect(loggablePath('/applications')).toBe('/applications');
    expect(routeLabel(`/calendar/${TOKEN}.ics`, 200, new Set())).toBe('/calendar/:feed');
    expect(routeLabel(`/calendar/${TOKEN}.ics`, 404, new Set())).toBe('/calendar/:feed');
  });
});
