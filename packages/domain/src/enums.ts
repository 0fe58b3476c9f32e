/**
 * The values the database stores, the API accepts and the pages show, each listed once. Order
 * matters where it says so: the AI status and the hiring stage advance in list order.
 */

/** How far the AI pipeline has taken an application, in order. */
export const APPLICATION_STATUSES = ['draft', 'research_complete', 'resume_ready', 'cover_letter_ready'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PRIORITY_LEVELS = ['low', 'medium', 'high'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const DOCUMENT_TYPES = ['research_report', 'optimized_resume', 'cover_letter'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Who wrote a document's current text. */
export const DOCUMENT_SOURCES = ['user', 'ai'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

/** The three AI phases, in the order they build on each other. */
export const AI_PHASES = ['research', 'resume', 'cover_letter'] as const;
export type AiPhase = (typeof AI_PHASES)[number];

export const AI_RUN_STATUSES = ['running', 'succeeded', 'failed', 'cancelled'] as const;
export type AiRunStatus = (typeof AI_RUN_STATUSES)[number];

/** Who wrote a run's text: Claude, any OpenAI-compatible chat server (Ollama, LM Studio, vLLM), or the offline code. */
export const AI_ENGINES = ['claude', 'openai-compatible', 'offline'] as const;
export type AiEngineName = (typeof AI_ENGINES)[number];

/**
 * The hiring pipeline, separate from the AI `status`. New applications start at `saved`; the first
 * six are the road to a job, in order; `rejected` and `withdrawn` end it from any point.
 */
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

/** The timeline's own entries: stage changes and notes. */
export const APPLICATION_EVENT_KINDS = ['stage', 'note'] as const;
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number];

export const REMINDER_KINDS = ['task', 'follow_up', 'interview'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

function guard<const T extends readonly string[]>(values: T) {
  return (value: unknown): value is T[number] => typeof value === 'string' && values.includes(value);
}

export const isApplicationStatus = guard(APPLICATION_STATUSES);
export const isPriorityLevel = guard(PRIORITY_LEVELS);
export const isDocumentType = guard(DOCUMENT_TYPES);
export const isAiPhase = guard(AI_PHASES);
export const isApplicationStage = guard(APPLICATION_STAGES);
