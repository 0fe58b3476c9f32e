/**
 * Engines a test controls: a scripted one (text deltas, then a gate the test opens, then the real
 * engine), and a switch that createApi runs through (`createApi({ aiEngine: engines.install })`), so
 * each test case can script the engine of an API that is already running.
 */
import type { AiEngine, RunOptions } from '@jobforge/ai';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Gate {
  promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** `base`, preceded by scripted text deltas and a gate: a run that lasts exactly as long as the test wants. */
export function scriptedEngine(base: AiEngine, script: { deltas: string[]; gate: Gate; delayMs?: number }): AiEngine {
  const before = async (options?: RunOptions) => {
    for (const delta of script.deltas) {
      options?.onProgress?.({ type: 'text', delta });
      await sleep(script.delayMs ?? 5);
    }
    await new Promise<void>((resolve, reject) => {
      void script.gate.promise.then(resolve);
      options?.signal?.addEventListener('abort', () => reject(options.signal!.reason as Error), { once: true });
    });
  };
  return {
    ...base,
    research: async (input, options) => (await before(options), base.research(input, options)),
    tailorResume: async (input, options) => (await before(options), base.tailorResume(input, options)),
    writeCoverLetter: async (input, options) => (await before(options), base.writeCoverLetter(input, options)),
  };
}

export interface EngineSwitch {
  /** Pass as `createApi({ aiEngine })`. */
  install(configured: AiEngine): AiEngine;
  /** Scripts the configured engine from now on. */
  script(script: { deltas: string[]; gate: Gate; delayMs?: number }): void;
}

export function engineSwitch(): EngineSwitch {
  let configured: AiEngine | undefined;
  let current: AiEngine | undefined;
  const engine = (): AiEngine => {
    if (!current) throw new Error('the engine switch was not installed');
    return current;
  };
  return {
    install(real) {
      configured = current = real;
      return {
        status: () => engine().status(),
        research: (input, options) => engine().research(input, options),
        tailorResume: (input, options) => engine().tailorResume(input, options),
        writeCoverLetter: (input, options) => engine().writeCoverLetter(input, options),
        embed: (texts, options) => engine().embed(texts, options),
        chunkResume: (content) => engine().chunkResume(content),
      };
    },
    script(script) {
      if (!configured) throw new Error('the engine switch was not installed');
      current = scriptedEngine(configured, script);
    },
  };
}
