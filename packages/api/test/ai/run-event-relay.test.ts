/**
 * The relay without a database: a fake LISTEN/NOTIFY that enforces PostgreSQL's payload limit and can
 * deliver notifications late, out of order, twice, or not at all.
 */
import { describe, expect, it } from 'vitest';
import type { Notifications } from '@jobforge/db';
import { logger } from '@jobforge/observability';
import { RunEventRelay, EVENTS_CHANNEL } from '../../src/ai/run-event-relay.js';
import { MAX_EVENT_CHARS, RunEvents, type RunEvent } from '../../src/ai/run-events.js';

const RUN = '00000000-0000-4000-8000-000000000001';
const silent = logger.child({});
silent.level = 'silent';

/** One fake server shared by several "replicas"; `hold` keeps event notifications until released. */
function fakeServer() {
  const listeners = new Map<string, Set<(payload: string) => void>>();
  const held: Array<() => void> = [];
  const sizes: number[] = [];
  const state = { hold: false, drop: false };
  const client = (): Notifications => ({
    async listen(channel, onPayload) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(onPayload);
      return async () => void listeners.get(channel)?.delete(onPayload);
    },
    async notify(channel, payload) {
      const bytes = Buffer.byteLength(payload);
      if (bytes >= 8000) throw new Error(`payload string too long (${bytes} bytes)`);
      if (channel === EVENTS_CHANNEL) sizes.push(bytes);
      if (state.drop && channel === EVENTS_CHANNEL) return;
      const deliver = () => listeners.get(channel)?.forEach((listener) => listener(payload));
      if (state.hold && channel === EVENTS_CHANNEL) held.push(deliver);
      else queueMicrotask(deliver);
    },
  });
  return { client, held, sizes, state };
}

/** The instance running a run (publishing into `local`) and another one following it, over one fake server. */
async function twoInstances() {
  const server = fakeServer();
  const local = new RunEvents();
  const executing = new RunEventRelay(server.client(), local, silent);
  const elsewhere = new RunEventRelay(server.client(), new RunEvents(), silent);
  await Promise.all([executing.ready, elsewhere.ready]);
  return { server, local, executing, elsewhere };
}

async function collect(relay: RunEventRelay, from: number, count: number) {
  const controller = new AbortController();
  const got: Array<[number, string]> = [];
  for await (const item of relay.follow(RUN, from, controller.signal)) {
    if (item.kind === 'event')
      got.push([item.position, item.event.type === 'text' ? item.event.delta : item.event.type]);
    if (item.kind === 'ref') got.push([item.position, item.ref]);
    if (got.length >= count) controller.abort();
  }
  return got;
}

describe('RunEvents', () => {
  it('splits long text into pieces that fit a notification, never inside a surrogate pair', () => {
    const events = new RunEvents();
    events.open(RUN);
    const text = `${'a'.repeat(MAX_EVENT_CHARS - 1)}😀${'b'.repeat(2_500)}`;
    events.publish(RUN, { type: 'text', delta: text });
    const parts = events.snapshot(RUN).map(([, event]) => (event as Extract<RunEvent, { type: 'text' }>).delta);
    expect(parts.join('')).toBe(text);
    expect(parts.every((part) => part.length <= MAX_EVENT_CHARS)).toBe(true);
    expect(parts[0]!.endsWith('a')).toBe(true); // the emoji moved whole to the next piece
    expect(events.snapshot(RUN, 2).map(([position]) => position)).toEqual([2, 3]);
  });
});

describe('RunEventRelay', () => {
  it('batches under the 8,000-byte limit, and a follower elsewhere gets every event in order once', async () => {
    const { server, local, executing, elsewhere } = await twoInstances();
    local.open(RUN);
    local.publish(RUN, { type: 'text', delta: 'early' }); // before anyone follows: replayed on request
    const following = collect(elsewhere, 0, 6);
    await new Promise((resolve) => setTimeout(resolve, 10));
    server.state.hold = true;
    local.publish(RUN, { type: 'text', delta: '\u0001'.repeat(3_000) }); // JSON escapes it to 6 bytes per character
    local.publish(RUN, { type: 'step', label: 'Saving the document' });
    server.state.hold = false;
    // Held notifications arrive in reverse order, and once more after that.
    const late = [...server.held];
    server.held.length = 0;
    for (const deliver of [...late].reverse()) deliver();
    for (const deliver of late) deliver();
    local.publish(RUN, { type: 'finished', run: {} as never });
    const got = await following;
    expect(got.map(([position]) => position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(got[0]![1]).toBe('early');
    expect(got.at(-1)![1]).toBe('finished');
    expect(Math.max(...server.sizes)).toBeLessThan(8_000);
    await executing.close();
    await elsewhere.close();
  });

  it('a follower that lost notifications asks again after a silence and fills the gap', async () => {
    const { server, local, executing, elsewhere } = await twoInstances();
    local.open(RUN);
    const following = collect(elsewhere, 0, 3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    server.state.drop = true;
    local.publish(RUN, { type: 'text', delta: 'lost' });
    local.publish(RUN, { type: 'text', delta: 'also lost' });
    server.state.drop = false;
    local.publish(RUN, { type: 'finished', run: {} as never });
    const got = await following; // after about 2 s of silence, a replay request brings them back
    expect(got).toEqual([
      [0, 'lost'],
      [1, 'also lost'],
      [2, 'finished'],
    ]);
    await executing.close();
    await elsewhere.close();
  }, 10_000);
});
