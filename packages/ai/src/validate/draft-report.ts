/** The report shared by the resume and letter checks, and the removed claims in the older shape. */
import type { RemovedClaim, ValidationCheck, ValidationReport } from '../types.js';
import type { CheckAction } from '../truth/report.js';

const CLAIM_KIND: Record<string, RemovedClaim['kind']> = {
  number: 'number',
  name: 'name',
  employer: 'employer',
  title: 'job_title',
  date: 'date',
  credential: 'certification',
  skill: 'skill',
};

/** The removed claims of a truth report, in the older shape (kind, value, the text taken out). */
export function removedClaimsOf(actions: CheckAction[]): RemovedClaim[] {
  return actions.flatMap((action) =>
    (action.facts ?? [{ kind: 'name', value: action.text }]).map((fact) => ({
      kind: CLAIM_KIND[fact.kind] ?? 'name',
      value: fact.value,
      removedText: action.action === 'removed_item' ? `"${action.text}" from a list` : action.text,
    })),
  );
}

/**
 * A draft passes when every check passed but `claims`: the claims it failed on were undone, which
 * does not sink the draft.
 */
export function draftReport(
  checks: ValidationCheck[],
  actions: CheckAction[],
  warnings: string[],
  leftOut: string[],
): ValidationReport {
  return {
    ok: checks.every((c) => c.ok || c.name === 'claims'),
    checks,
    removedClaims: removedClaimsOf(actions),
    warnings,
    actions,
    leftOut,
  };
}
