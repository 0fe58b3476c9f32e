/** What each AI phase writes, and the application status it brings the application to. */
import { APPLICATION_STATUSES, type AiPhase, type ApplicationStatus, type DocumentType } from './enums.js';

export const PHASE_DOCUMENT = {
  research: 'research_report',
  resume: 'optimized_resume',
  cover_letter: 'cover_letter',
} as const satisfies Record<AiPhase, DocumentType>;

export const PHASE_STATUS = {
  research: 'research_complete',
  resume: 'resume_ready',
  cover_letter: 'cover_letter_ready',
} as const satisfies Record<AiPhase, ApplicationStatus>;

/** True when `status` is at or past `target` (statuses only move forward through the phases). */
export function statusReached(status: ApplicationStatus, target: ApplicationStatus): boolean {
  return APPLICATION_STATUSES.indexOf(status) >= APPLICATION_STATUSES.indexOf(target);
}
