/** What the OpenAI-style mocks (chat completions, embeddings) hand their tests alike. */
import type { FaultQueue, MockServer } from './http-mock.js';

/**
 * Everything but the mock's own request bodies: the base URL ending in /v1 (as the SDK's `baseURL`
 * takes it), the request log, the fault queue and close.
 */
export function openAiStyleControls<F>(server: MockServer, faults: FaultQueue<F>) {
  return {
    url: `${server.origin}/v1`,
    requests: server.requests,
    failNext: (fault: F, times?: number) => faults.add(fault, times),
    close: server.close,
  };
}
