/**
 * A stream that goes silent longer than the timeout is aborted, so a stalled server cannot hold a run
 * (and its provider slot) forever; the caller's own signal still cancels at once.
 */
export interface IdleWatchdog {
  /** The caller's signal combined with the watchdog's: pass it to the SDK. */
  signal: AbortSignal;
  /** Call on every event: the silence is counted from the last one. */
  arm(): void;
  /** Whether the watchdog (not the caller) ended the stream. */
  readonly fired: boolean;
  stop(): void;
}

export function idleWatchdog(timeoutMs: number, caller?: AbortSignal): IdleWatchdog {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let fired = false;
  return {
    signal: caller ? AbortSignal.any([caller, controller.signal]) : controller.signal,
    arm() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        fired = true;
        controller.abort();
      }, timeoutMs);
    },
    get fired() {
      return fired;
    },
    stop: () => clearTimeout(timer),
  };
}
