/**
 * Follows ai.onProgress over SSE as a browser does: tRPC's HTTP format through the API's fetch
 * handler. One reader for the tests and the benchmarks.
 */
import superjson from 'superjson';
import type { JobForgeApi } from '../../src/index.js';

export const SSE_ORIGIN = 'http://localhost:3000';

export interface SseEvent {
  /** The run event (superjson decoded). */
  event: { type?: string } & Record<string, unknown>;
  /** The SSE id (the event's position), for resuming. */
  id: string | undefined;
  /** performance.now() when the chunk carrying it arrived. */
  receivedAt: number;
}

export async function openProgressStream(api: JobForgeApi, token: string, runId: string, lastEventId?: string) {
  const input = superjson.serialize({ runId, ...(lastEventId ? { lastEventId } : {}) });
  const url = `${SSE_ORIGIN}/api/trpc/ai.onProgress?input=${encodeURIComponent(JSON.stringify(input))}`;
  return api.handleTrpcRequest(new Request(url, { headers: { authorization: `Bearer ${token}` } }), {
    requestId: 'sse',
  });
}

/** The run's events until it finishes or fails (connection and ping frames are skipped). */
export async function* runEvents(response: Response): AsyncGenerator<SseEvent> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const receivedAt = performance.now();
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const lines = buffer.slice(0, cut).split('\n');
        buffer = buffer.slice(cut + 2);
        const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
        if (!data?.startsWith('{') || lines.some((line) => /^event: (connected|ping)$/.test(line))) continue;
        const parsed = JSON.parse(data);
        const event = parsed.json !== undefined ? superjson.deserialize(parsed) : parsed;
        if (!event || typeof event !== 'object') continue;
        const id = lines.find((line) => line.startsWith('id: '))?.slice(4);
        yield { event, id, receivedAt };
        if (event.type === 'finished' || event.type === 'failed') return;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
