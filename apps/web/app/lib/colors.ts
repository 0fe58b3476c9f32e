/** The Mantine colour of each status and priority: presentation only, so it stays with the pages. */
import type { ApplicationStage, ApplicationStatus, PriorityLevel } from '@jobforge/domain';

export const STATUS_COLOR: Record<ApplicationStatus, string> = {
  draft: 'gray',
  research_complete: 'blue',
  resume_ready: 'violet',
  cover_letter_ready: 'teal',
};

export const PRIORITY_COLOR: Record<PriorityLevel, string> = { low: 'gray', medium: 'yellow', high: 'red' };

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
