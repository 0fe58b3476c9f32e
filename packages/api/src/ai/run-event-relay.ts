/**
 * Progress of AI runs across app replicas, through PostgreSQL LISTEN/NOTIFY (postgres driver only).
 *
 * The replica executing a run notifies every event with its position; a subscriber on another replica
 * listens, asks the executing replica to replay what it missed, and puts events back in order by
 * position (notifications sent through different pool connections may overtake one another).
 * Events that carry a run (started, finished, failed) travel as a reference only: the follower reads
 * the row itself, under row-level security, which also keeps big validation reports off the wire.
 * Notifications are best effort; a follower that hears nothing for a while checks the run's row,
 * so a lost notification or a dead replica cannot leave it waiting forever.
 */
import type { Notifications } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';
import type { RunEvent, RunEvents } from './run-events.js';

export const EVENTS_CHANNEL = 'jobforge_ai_run_events';
export const REPLAY_CHANNEL = 'jobforge_ai_run_replay';
/** PostgreSQL refuses payloads of 8,000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_900;
/** A follower that has heard nothing for this long asks for a replay and checks the run's row. */
export const FOLLOWER_IDLE_MS = 2_000;

type RunRef = 'started' | 'finished' | 'failed';

/** `s` is the event's position; -1 marks a run settled by a replica that was not executing it. */
type WireEvent = { r: string; s: number; e: RunEvent } | { r: string; s: number; ref: RunRef };

export type RelayedItem =
  | { kind: 'event'; position: number; event: RunEvent }
  /** Read the run's row to build this event. */
  | { kind: 'ref'; position: number; ref: RunRef }
  /** Nothing heard for a while, or the run was settled elsewhere: look at the run's row. */
  | { kind: 'check' };

export class RunEventRelay {
  private readonly followers = new Map<string, Set<(entry: WireEvent) => void>>();
  private readonly queue: string[] = [];
  private sending: Promise<void> | null = null;
  private unlisteners: Array<() => Promise<void>> = [];
  /** Settles when both channels are listened to (or listening failed, which is logged). */
  readonly ready: Promise<void>;

  constructor(
    private readonly notifications: Notifications,
    private readonly events: RunEvents,
    private readonly logger: Logger,
  ) {
    events.onPublished = (runId, position, event) => this.enqueue(toWire(runId, position, event));
    // Without a listener, followers here still end: they poll the run's row when nothing arrives.
    this.ready = Promise.all([
      notifications.listen(EVENTS_CHANNEL, (payload) => this.receive(payload)),
      notifications.listen(REPLAY_CHANNEL, (payload) => this.replay(payload)),
    ]).then(
      (unlisteners) => {
        this.unlisteners = unlisteners;
      },
      (error) =>
        logger.error(
          { err: error },
          'could not listen for AI run progress from other replicas; followers there poll the database',
        ),
    );
  }

  /** Tells followers elsewhere that a run they may be following has ended (recovery, remote cancel). */
  settled(runId: string): void {
    this.enqueue({ r: runId, s: -1, ref: 'failed' });
  }

  /**
   * The events of a run executing on another replica, from position `from`, in order, with a `check`
   * item whenever nothing arrived for FOLLOWER_IDLE_MS. Runs until the signal fires or the consumer
   * stops: only the run's row can say it has really ended.
   */
  async *follow(runId: string, from: number, signal?: AbortSignal): AsyncGenerator<RelayedItem> {
    const pending = new Map<number, WireEvent>();
    const settled = { elsewhere: false };
    let next = from;
    let wake: (() => void) | null = null;
    const onEntry = (entry: WireEvent) => {
      if (entry.s < 0) settled.elsewhere = true;
      else if (entry.s >= next) pending.set(entry.s, entry);
      wake?.();
    };
    const onAbort = () => wake?.();
    let listeners = this.followers.get(runId);
    if (!listeners) this.followers.set(runId, (listeners = new Set()));
    listeners.add(onEntry);
    signal?.addEventListener('abort', onAbort);
    try {
      await this.ready;
      this.requestReplay(runId, next);
      for (;;) {
        let progressed = false;
        for (let entry = pending.get(next); entry; entry = pending.get(next)) {
          pending.delete(next);
          next += 1;
          progressed = true;
          yield toItem(entry);
        }
        if (settled.elsewhere) {
          settled.elsewhere = false;
          yield { kind: 'check' };
        }
        if (signal?.aborted) return;
        if (progressed) continue;
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), FOLLOWER_IDLE_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = null;
        if (timedOut && !signal?.aborted) {
          // A gap or a silence: ask again (the executing replica answers only with what we lack).
          this.requestReplay(runId, next);
          yield { kind: 'check' };
        }
      }
    } finally {
      listeners.delete(onEntry);
      if (listeners.size === 0) this.followers.delete(runId);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Waits (at most `timeoutMs`) until queued notifications have been sent. */
  async flush(timeoutMs: number): Promise<void> {
    if (!this.sending) return;
    await Promise.race([this.sending, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  async close(): Promise<void> {
    this.events.onPublished = null;
    await Promise.allSettled(this.unlisteners.map((unlisten) => unlisten()));
    this.unlisteners = [];
  }

  private requestReplay(runId: string, from: number): void {
    this.notifications.notify(REPLAY_CHANNEL, JSON.stringify({ r: runId, f: from })).catch((error) => {
      this.logger.warn({ err: error, runId }, 'could not ask for the progress of an AI run');
    });
  }

  private enqueue(entry: WireEvent): void {
    this.queue.push(JSON.stringify(entry));
    this.sending ??= this.drain();
  }

  /** One notification in flight at a time, each carrying as many queued events as fit. */
  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch: string[] = [];
      let bytes = 2;
      while (this.queue.length > 0) {
        const size = Buffer.byteLength(this.queue[0]!) + 1;
        if (batch.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) break;
        batch.push(this.queue.shift()!);
        bytes += size;
      }
      try {
        await this.notifications.notify(EVENTS_CHANNEL, `[${batch.join(',')}]`);
      } catch (error) {
        // Followers elsewhere recover from the row or a replay; the run itself goes on.
        this.logger.warn({ err: error }, 'could not relay AI run progress to other replicas');
      }
    }
    this.sending = null;
  }

  private receive(payload: string): void {
    let entries: WireEvent[];
    try {
      entries = JSON.parse(payload) as WireEvent[];
    } catch {
      return;
    }
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (!entry || typeof entry.r !== 'string' || typeof entry.s !== 'number') continue;
      const listeners = this.followers.get(entry.r);
      if (listeners) for (const listener of listeners) listener(entry);
    }
  }

  /** Another replica's follower lacks events from `f` on: resend them if this replica holds the run. */
  private replay(payload: string): void {
    let request: { r?: unknown; f?: unknown };
    try {
      request = JSON.parse(payload) as typeof request;
    } catch {
      return;
    }
    if (typeof request.r !== 'string' || typeof request.f !== 'number' || !this.events.has(request.r)) return;
    for (const [position, event] of this.events.snapshot(request.r, request.f))
      this.enqueue(toWire(request.r, position, event));
  }
}

function toWire(runId: string, position: number, event: RunEvent): WireEvent {
  return event.type === 'started' || event.type === 'finished' || event.type === 'failed'
    ? { r: runId, s: position, ref: event.type }
    : { r: runId, s: position, e: event };
}

function toItem(entry: WireEvent): RelayedItem {
  return 'ref' in entry
    ? { kind: 'ref', position: entry.s, ref: entry.ref }
    : { kind: 'event', position: entry.s, event: entry.e };
}
