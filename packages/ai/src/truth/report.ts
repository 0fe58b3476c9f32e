/** What the truth check did to a generated document, for the user to see ("Checked against your material"). */
import type { ValidationCheck } from '../phase-data.js';

export type CheckActionKind =
  /** A line or sentence was taken out. */
  | 'removed'
  /** An altered line was put back to the person's own text. */
  | 'restored'
  /** One item of a list was taken out; the rest of the line stays. */
  | 'removed_item'
  /** A line of the posting addressed to AI tools was ignored. */
  | 'ignored_posting_line'
  /** A statement the code contradicts was replaced (research: "no gaps"). */
  | 'replaced';

export interface CheckAction {
  action: CheckActionKind;
  /** The text as the model wrote it (or the posting line ignored). */
  text: string;
  /** What is in the document instead (restored source line, replacement). */
  replacement?: string;
  /** Why, in plain words ("\"25\" is not in the line it came from"). */
  reasons: string[];
  /** The facts that failed, by kind. */
  facts?: Array<{ kind: string; value: string }>;
}

export interface TruthReport {
  actions: CheckAction[];
  /** Lines of the base resume the tailored resume leaves out (never dropped silently). */
  leftOut: string[];
}

export function emptyTruthReport(): TruthReport {
  return { actions: [], leftOut: [] };
}

/** "1 sentence", "3 sentences". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The check each phase reports for the truth check: passed when it changed nothing, else how many `noun`s it changed. */
export function truthCheck(
  name: string,
  changed: number,
  noun: string,
  clean: string,
  whatWasDone: (was: 'was' | 'were') => string,
): ValidationCheck {
  return {
    name,
    ok: changed === 0,
    detail: changed === 0 ? clean : `${counted(changed, noun)} ${whatWasDone(changed > 1 ? 'were' : 'was')}`,
  };
}
