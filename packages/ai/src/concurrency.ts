/**
 * A process-wide cap on simultaneous requests to each provider, shared by every engine in the
 * process, so many users' runs cannot stampede one API key. The queue is p-queue's: a slot is handed
 * from a finished holder to the next waiter before anyone else can ask, in first-come order, and a
 * waiter whose signal fires leaves the queue.
 */
import PQueue from 'p-queue';
import { cancelledError } from './errors.js';

export class Semaphore {
  private readonly queue: PQueue;

  constructor(limit: number) {
    this.queue = new PQueue({ concurrency: limit });
  }

  get limit(): number {
    return this.queue.concurrency;
  }

  set limit(limit: number) {
    this.queue.concurrency = limit;
  }

  /** Holders running now. */
  get inUse(): number {
    return this.queue.pending;
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.queue.size;
  }

  /** Runs `fn` once a slot is free; a signal that fires while waiting rejects with a cancelled error. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw cancelledError();
    try {
      return await this.queue.add(fn, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted) throw cancelledError();
      throw error;
    }
  }

  /** Waits for a slot and holds it until the returned function is called (once; later calls do nothing). */
  acquire(signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      this.run(
        () =>
          new Promise<void>((release) => {
            let released = false;
            resolve(() => {
              if (released) return;
              released = true;
              release();
            });
          }),
        signal,
      ).catch(reject);
    });
  }
}

const providers = new Map<string, Semaphore>();

/** The one semaphore of a provider in this process; a later engine's limit replaces the earlier one. */
export function providerSemaphore(provider: 'anthropic' | 'openai' | 'openai-compatible', limit: number): Semaphore {
  let semaphore = providers.get(provider);
  if (!semaphore) {
    semaphore = new Semaphore(limit);
    providers.set(provider, semaphore);
  } else if (semaphore.limit !== limit) {
    semaphore.limit = limit;
  }
  return semaphore;
}
