/**
 * Progress of the runs this process is executing, fanned out to ai.onProgress subscribers. Each run
 * keeps its events until a minute after it ends, so a client that subscribes late still sees
 * everything from the start.
 */
export interface RunSummary {
  id: string;
  applicationId: string;
  phase: 'research' | 'resume' | 'cover_letter';
  status: 'running' | 'succeeded' | 'failed' | 'cancelled';
  engine: 'claude' | 'offline';
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

export class RunEvents {
  private readonly channels = new Map<string, RunChannel>();

  open(runId: string): void {
    this.channels.set(runId, new RunChannel());
  }

  publish(runId: string, event: RunEvent): void {
    const channel = this.channels.get(runId);
    if (!channel) return;
    channel.push(event);
    if (isTerminal(event)) setTimeout(() => this.channels.delete(runId), KEEP_AFTER_END_MS).unref();
  }

  has(runId: string): boolean {
    return this.channels.has(runId);
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
