/** The words a person reads for each enum value, on the pages and in the API's messages. */
import type {
  AiPhase,
  ApplicationStage,
  ApplicationStatus,
  DocumentType,
  PriorityLevel,
  ReminderKind,
} from './enums.js';

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  research_complete: 'Researched',
  resume_ready: 'Resume ready',
  cover_letter_ready: 'Letter ready',
};

export const PRIORITY_LABEL: Record<PriorityLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const DOCUMENT_LABEL: Record<DocumentType, string> = {
  research_report: 'Research report',
  optimized_resume: 'Tailored resume',
  cover_letter: 'Cover letter',
};

export const PHASE_LABEL: Record<AiPhase, string> = {
  research: 'Research',
  resume: 'Resume',
  cover_letter: 'Cover letter',
};

export const STAGE_LABEL: Record<ApplicationStage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const REMINDER_KIND_LABEL: Record<ReminderKind, string> = {
  task: 'Reminder',
  follow_up: 'Follow-up',
  interview: 'Interview',
};
