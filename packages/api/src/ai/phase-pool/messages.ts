/** What crosses the thread boundary: plain, cloneable data only (an AiError travels as its fields). */
import type { MessagePort } from 'node:worker_threads';
import {
  AiError,
  type AiEngineOptions,
  type AiErrorKind,
  type CoverLetterInput,
  type ProgressEvent,
} from '@jobforge/ai';

export type Phase = 'research' | 'resume' | 'cover_letter';

export type TaskRequest =
  | { kind: 'phase'; phase: Phase; input: CoverLetterInput }
  | { kind: 'chunkResume'; markdown: string };
export type PhaseTask = TaskRequest & { engineOptions: AiEngineOptions; port: MessagePort };

/** From the pool to the task, on its port. */
export type ToWorker = { type: 'abort' };
/** From the task to the pool, on its port. */
export type FromWorker = { type: 'progress'; event: ProgressEvent } | { type: 'done' };

export interface SerializedError {
  name: string;
  message: string;
  ai?: {
    kind: AiErrorKind;
    userMessage: string;
    retryAfterSeconds?: number;
    status?: number;
    provider?: AiError['provider'];
    details?: unknown;
    usage?: AiError['usage'];
    costUsd?: number;
  };
}

export type TaskOutcome = { ok: true; value: unknown } | { ok: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AiError) {
    return {
      name: error.name,
      message: error.message,
      ai: {
        kind: error.kind,
        userMessage: error.userMessage,
        retryAfterSeconds: error.retryAfterSeconds,
        status: error.status,
        provider: error.provider,
        details: structuredCloneOrNull(error.details),
        usage: error.usage,
        costUsd: error.costUsd,
      },
    };
  }
  const plain = error as { name?: unknown; message?: unknown } | null;
  return { name: String(plain?.name ?? 'Error'), message: String(plain?.message ?? error) };
}

export function reviveError(error: SerializedError): Error {
  if (error.ai) {
    const { kind, userMessage, ...options } = error.ai;
    return new AiError(kind, userMessage, options);
  }
  return Object.assign(new Error(error.message), { name: error.name });
}

function structuredCloneOrNull(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return null;
  }
}
