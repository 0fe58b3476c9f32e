/**
 * The words and colours the UI uses for the API's enums, and the field limits the forms check
 * before sending (the API checks them again; a unit test keeps the two in step). Browser-safe:
 * no runtime import from the API package.
 */

export const APPLICATION_STATUSES = ['draft', 'research_complete', 'resume_ready', 'cover_letter_ready'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PRIORITY_LEVELS = ['low', 'medium', 'high'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const DOCUMENT_TYPES = ['research_report', 'optimized_resume', 'cover_letter'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const PHASES = ['research', 'resume', 'cover_letter'] as const;
export type Phase = (typeof PHASES)[number];

export const LIMITS = {
  name: 255,
  jobDescription: 100_000,
  content: 200_000,
  additionalContext: 20_000,
  url: 2_048,
  focusArea: 100,
  note: 20_000,
} as const;

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  research_complete: 'Researched',
  resume_ready: 'Resume ready',
  cover_letter_ready: 'Letter ready',
};

export const STATUS_COLOR: Record<ApplicationStatus, string> = {
  draft: 'gray',
  research_complete: 'blue',
  resume_ready: 'violet',
  cover_letter_ready: 'teal',
};

export const PRIORITY_LABEL: Record<PriorityLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const PRIORITY_COLOR: Record<PriorityLevel, string> = { low: 'gray', medium: 'yellow', high: 'red' };

export const DOCUMENT_LABEL: Record<DocumentType, string> = {
  research_report: 'Research report',
  optimized_resume: 'Tailored resume',
  cover_letter: 'Cover letter',
};

export const PHASE_LABEL: Record<Phase, string> = {
  research: 'Research',
  resume: 'Resume',
  cover_letter: 'Cover letter',
};
export const PHASE_DOCUMENT: Record<Phase, DocumentType> = {
  research: 'research_report',
  resume: 'optimized_resume',
  cover_letter: 'cover_letter',
};

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function isPriorityLevel(value: unknown): value is PriorityLevel {
  return typeof value === 'string' && (PRIORITY_LEVELS as readonly string[]).includes(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Dates as the seed shows them on cards: 2026-11-25, in UTC so server and browser agree. */
export function formatDay(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 10);
}

/** A readable moment, e.g. "25 Nov 2026, 14:03 UTC", identical on server and client. */
export function formatMoment(value: Date | string): string {
  const date = new Date(value);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(
    date.getUTCMinutes(),
  )} UTC`;
}

/** The hiring pipeline (separate from the AI status above): the road to a job, then its two endings. */
export const APPLICATION_STAGES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

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

export const STAGE_COLOR: Record<ApplicationStage, string> = {
  saved: 'gray',
  applied: 'blue',
  screening: 'cyan',
  interviewing: 'violet',
  offer: 'orange',
  accepted: 'teal',
  rejected: 'red',
  withdrawn: 'dark',
};

export function isApplicationStage(value: unknown): value is ApplicationStage {
  return typeof value === 'string' && (APPLICATION_STAGES as readonly string[]).includes(value);
}

export const REMINDER_KINDS = ['task', 'follow_up', 'interview'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_KIND_LABEL: Record<ReminderKind, string> = {
  task: 'Reminder',
  follow_up: 'Follow-up',
  interview: 'Interview',
};
