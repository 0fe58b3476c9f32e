/**
 * Makes outbound HTTP from tests fail unless it goes to this machine, so no test can reach a
 * real (paid) API by accident. Violations are also recorded, so a test that swallowed the error
 * still fails in assertNoViolations().
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export class NetworkGuardError extends Error {
  override name = 'NetworkGuardError';
}

function urlOf(input: Parameters<typeof fetch>[0]): URL {
  if (input instanceof URL) return input;
  if (typeof input === 'string') return new URL(input);
  return new URL((input as Request).url);
}

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/** A fetch that only reaches loopback hosts. */
export function loopbackOnlyFetch(
  base: typeof fetch = globalThis.fetch,
  onViolation?: (url: string) => void,
): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = urlOf(input);
    if (!isLoopback(url)) {
      onViolation?.(url.href);
      throw new NetworkGuardError(`Blocked a request to ${url.origin}: tests may only reach 127.0.0.1.`);
    }
    return base(input, init);
  }) as typeof fetch;
}

export interface NetworkGuard {
  violations: string[];
  assertNoViolations(): void;
  uninstall(): void;
}

export function installNetworkGuard(): NetworkGuard {
  const original = globalThis.fetch;
  const violations: string[] = [];
  globalThis.fetch = loopbackOnlyFetch(original, (url) => violations.push(url));
  return {
    violations,
    assertNoViolations() {
      if (violations.length) {
        const list = violations.splice(0).join(', ');
        throw new NetworkGuardError(`Requests to non-local hosts were attempted: ${list}`);
      }
    },
    uninstall() {
      globalThis.fetch = original;
    },
  };
}
