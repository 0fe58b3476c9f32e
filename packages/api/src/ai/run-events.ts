/**
 * Progress of the runs this process is executing, fanned out to ai.onProgress subscribers. Each run
 * keeps its events until a minute after it ends, so a client that subscribes late still sees
 * everything from the start. Each event's position is its id; other replicas learn the same events
 * with the same positions through the relay (run-event-relay.ts).
 */
import type { AiEngineName, AiPhase, AiRunStatus } from '@jobforge/domain';

export interface RunSummary {
  id: string;
  applicationId: string;
  phase: AiPhase;
  status: AiRunStatus;
  engine: AiEngineName;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  costUsd: string;
  latencyMs: number | null;
  error: string | null;
  details: unknown;
  startedAt: Date;
  finishedAt: Date | null;
}

export type RunEvent =
  | { type: 'started'; run: RunSummary }
  | { type: 'step'; label: string }
  | { type: 'text'; delta: string }
  /** Discard the text streamed so far: the model stream broke and is starting again. */
  | { type: 'reset'; reason: string }
  | { type: 'finished'; run: RunSummary }
  | { type: 'failed'; run: RunSummary; error: { kind: string; message: string; retryAfterSeconds: number | null } };

const KEEP_AFTER_END_MS = 60_000;
/**
 * Longer text deltas and labels are split, so that any one event fits a PostgreSQL notification
 * (under 8,000 bytes) even at six bytes per character of JSON escaping.
 */
export const MAX_EVENT_CHARS = 1_000;

/** The event that tells a follower where a run stands, built from its database row. */
export function eventForRow(run: RunSummary): RunEvent {
  if (run.status === 'succeeded') return { type: 'finished', run };
  if (run.status === 'running') return { type: 'started', run };
  const details = run.details as { kind?: string; retryAfterSeconds?: number | null } | null;
  return {
    type: 'failed',
    run,
    error: {
      kind: details?.kind ?? run.status,
      message: run.error ?? 'The run failed.',
      retryAfterSeconds: details?.retryAfterSeconds ?? null,
    },
  };
}

export function isTerminal(event: RunEvent): boolean {
  return event.type === 'finished' || event.type === 'failed';
}

class RunChannel {
  readonly events: RunEvent[] = [];
  readonly listeners = new Set<() => void>();

  push(event: RunEvent) {
    this.events.push(event);
    for (const listener of this.listeners) listener();
  }
}

export type PublishedListener = (runId: string, position: number, event: RunEvent) => void;

export class RunEvents {
  private readonly channels = new Map<string, RunChannel>();
  /** Told of every event published here, with its position (the relay to other replicas). */
  onPublished: PublishedListener | null = null;

  open(runId: string): void {
    this.channels.set(runId, new RunChannel());
  }

  publish(runId: string, event: RunEvent): void {
    const channel = this.channels.get(runId);
    if (!channel) return;
    for (const part of splitLong(event)) {
      const position = channel.events.length;
      channel.push(part);
      this.onPublished?.(runId, position, part);
    }
    if (isTerminal(event)) setTimeout(() => this.channels.delete(runId), KEEP_AFTER_END_MS).unref();
  }

  has(runId: string): boolean {
    return this.channels.has(runId);
  }

  /** The events published so far from position `from`, with their positions. */
  snapshot(runId: string, from = 0): Array<[number, RunEvent]> {
    const events = this.channels.get(runId)?.events ?? [];
    return events.slice(Math.max(0, from)).map((event, i) => [Math.max(0, from) + i, event]);
  }

  /**
   * Every event of the run with its position, from `from` (0: the first), until it ends or the
   * signal fires.
   */
  async *follow(runId: string, signal?: AbortSignal, from = 0): AsyncGenerator<[number, RunEvent]> {
    const channel = this.channels.get(runId);
    if (!channel) return;
    let index = from;
    let wake: (() => void) | null = null;
    const listener = () => wake?.();
    channel.listeners.add(listener);
    signal?.addEventListener('abort', listener);
    try {
      for (;;) {
        while (index < channel.events.length) {
          const event = channel.events[index]!;
          yield [index++, event];
          if (isTerminal(event)) return;
        }
        if (signal?.aborted) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
    } finally {
      channel.listeners.delete(listener);
      signal?.removeEventListener('abort', listener);
    }
  }
}

function splitLong(event: RunEvent): RunEvent[] {
  if (event.type === 'text' && event.delta.length > MAX_EVENT_CHARS) {
    return pieces(event.delta).map((delta) => ({ type: 'text', delta }));
  }
  if (event.type === 'step' && event.label.length > MAX_EVENT_CHARS)
    return [{ type: 'step', label: pieces(event.label)[0]! }];
  if (event.type === 'reset' && event.reason.length > MAX_EVENT_CHARS)
    return [{ type: 'reset', reason: pieces(event.reason)[0]! }];
  return [event];
}

/** Cuts text into pieces of at most MAX_EVENT_CHARS UTF-16 units, never inside a surrogate pair. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_EVENT_CHARS);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
