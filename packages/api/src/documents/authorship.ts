/**
 * What a document records about where its text came from: the engine and model that wrote it, and
 * the job description it was written from (as a hash, to tell later whether the posting changed).
 */
import { createHash } from 'node:crypto';

/** Line endings and surrounding blanks do not make a posting "changed". */
export function postingHash(jobDescription: string): string {
  return createHash('sha256').update(jobDescription.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/** `engine:model`, e.g. `offline:offline-v1` or `claude:claude-sonnet-4-5`; the page spells it out. */
export function authorOf(run: { engine: string; model: string }): string {
  return `${run.engine}:${run.model}`.slice(0, 100);
}
