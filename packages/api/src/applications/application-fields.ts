import { applications, getTableColumns, inArray, sql } from '@jobforge/db';
import { APPLICATION_STATUSES, oneOf, PHASE_STATUS, type ApplicationStatus } from '@jobforge/domain';

export { applicationFields } from '@jobforge/domain';

export const applicationStatus = () => oneOf(APPLICATION_STATUSES);

/** True once the status has reached `target`; statuses only move forward through the phases. */
const reached = (target: ApplicationStatus) =>
  sql<boolean>`${inArray(applications.status, APPLICATION_STATUSES.slice(APPLICATION_STATUSES.indexOf(target)))}`;

/**
 * The seed's phase flags, derived from the status in this one place (they are not stored, so they
 * can never disagree with it).
 */
const phaseFlags = {
  researchCompleted: reached(PHASE_STATUS.research),
  resumeOptimized: reached(PHASE_STATUS.resume),
  coverLetterGenerated: reached(PHASE_STATUS.cover_letter),
};

const { userId: _owner, ...storedColumns } = getTableColumns(applications);
/** Everything about an application a client may see (the owner is implied by who asks). */
export const applicationColumns = { ...storedColumns, ...phaseFlags };

const { jobDescription: _description, additionalContext: _context, ...summaryColumns } = applicationColumns;
/** The list view leaves out the long texts, which can be 100,000 characters each. */
export { summaryColumns as applicationSummaryColumns };
