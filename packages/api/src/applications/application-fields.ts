import { applications, getTableColumns } from '@jobforge/db';
import type { z } from 'zod';
import { APPLICATION_STATUSES, PRIORITY_LEVELS } from '@jobforge/db';
import { httpUrl, LIMITS, oneOf, optionalText, requiredText } from '../shared/fields.js';

/** The editable fields, shared by create and update. */
export const applicationFields = {
  companyName: requiredText(LIMITS.name),
  roleTitle: requiredText(LIMITS.name),
  jobDescription: requiredText(LIMITS.jobDescription),
  jobUrl: httpUrl(),
  location: optionalText(LIMITS.name),
  priorityLevel: oneOf(PRIORITY_LEVELS),
  additionalContext: optionalText(LIMITS.additionalContext),
};

export const applicationStatus = () => oneOf(APPLICATION_STATUSES);
export type ApplicationStatusValue = z.infer<ReturnType<typeof applicationStatus>>;

const { userId: _owner, ...applicationColumns } = getTableColumns(applications);
/** Everything about an application a client may see (the owner is implied by who asks). */
export { applicationColumns };

const { jobDescription: _description, additionalContext: _context, ...summaryColumns } = applicationColumns;
/** The list view leaves out the long texts, which can be 100,000 characters each. */
export { summaryColumns as applicationSummaryColumns };

/** The phase flags follow the status, so they can never disagree with it. */
export function phaseFlagsFor(status: ApplicationStatusValue) {
  const rank = APPLICATION_STATUSES.indexOf(status);
  return {
    status,
    researchCompleted: rank >= 1,
    resumeOptimized: rank >= 2,
    coverLetterGenerated: rank >= 3,
  };
}
