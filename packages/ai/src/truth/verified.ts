/** Runs one phase on any engine: safe posting in, draft out, truth check, result with the check's figures. */
import type { PhaseResult, ResearchInput, RunOptions } from '../types.js';
import { AiError } from '../errors.js';
import { withSafePosting } from './posting.js';

export async function verified<TInput extends ResearchInput, TDraft extends PhaseResult<unknown>, TResult>(
  input: TInput,
  options: RunOptions,
  draft: (safe: TInput) => Promise<TDraft>,
  verify: (
    draft: TDraft,
    input: TInput,
    removedPostingLines: string[],
  ) => TResult & { markdown: string; validation: { actions: unknown[] } },
): Promise<TResult> {
  const safe = withSafePosting(input);
  const written = await draft(safe.input);
  const started = performance.now();
  let result: ReturnType<typeof verify>;
  try {
    result = verify(written, safe.input, safe.removed);
  } catch (error) {
    // A draft the check refuses was still paid for.
    if (error instanceof AiError && !error.usage) {
      error.usage = written.usage;
      error.costUsd = written.costUsd;
    }
    throw error;
  }
  const changed = result.validation.actions.length;
  options.onProgress?.({
    type: 'step',
    label: changed
      ? `Checked against your material: ${changed} change${changed > 1 ? 's' : ''} undone or ignored`
      : 'Checked against your material: nothing to undo',
  });
  // The checked text replaces whatever was streamed while the model wrote.
  options.onProgress?.({ type: 'reset', reason: 'checked' });
  options.onProgress?.({ type: 'text', delta: result.markdown });
  const latencyMs = (written as { latencyMs?: number }).latencyMs ?? 0;
  return { ...result, latencyMs: Math.round(latencyMs + performance.now() - started) } as TResult;
}
