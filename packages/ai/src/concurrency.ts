/**
 * A process-wide cap on simultaneous requests to each provider, shared by every engine in the
 * process, so many users' runs cannot stampede one API key.
 */
import { cancelledError } from './errors.js';

export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(public limit: number) {}

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) throw cancelledError();
    if (this.active < this.limit) {
      this.active++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(cancelledError());
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    this.active++;
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      if (this.active < this.limit) this.waiting.shift()?.();
    };
  }

  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

const providers = new Map<string, Semaphore>();

/** The one semaphore of a provider in this process; a later engine's limit replaces the earlier one. */
export function providerSemaphore(provider: 'anthropic' | 'openai', limit: number): Semaphore {
  let semaphore = providers.get(provider);
  if (!semaphore) {
    semaphore = new Semaphore(limit);
    providers.set(provider, semaphore);
  } else if (semaphore.limit !== limit) {
    semaphore.limit = limit;
  }
  return semaphore;
}
