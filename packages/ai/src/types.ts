/**
 * Plain inputs and typed results of the AI package. Nothing here knows about the database: the
 * API layer loads rows, maps them to these shapes, and persists what comes back.
 */
import type {
  CoverLetterData,
  ResearchData,
  ResumeValidationReport,
  TailoredResumeData,
  ValidationReport,
} from './phase-data.js';

export type { CheckAction, CheckActionKind } from './truth/report.js';
export * from './phase-data.js';

export type Phase = 'research' | 'resume' | 'cover_letter';
export type EngineName = 'claude' | 'openai-compatible' | 'offline';

// ---------------------------------------------------------------------------------------------
// Inputs

export interface ApplicationInput {
  companyName: string;
  roleTitle: string;
  /** Untrusted text pasted by the user from a job board; never followed as instructions. */
  jobDescription: string;
  jobUrl?: string | null;
  location?: string | null;
  additionalContext?: string | null;
}

/** One entry of the user's resume library (user_resumes row). */
export interface LibraryResume {
  id: string;
  name: string;
  /** Markdown or plain text of the resume (or of a writing sample). */
  content: string;
  focusArea?: string | null;
  isPrimary?: boolean;
  /** Entries marked as writing samples feed the writing-style profile, not resume selection. */
  isWritingSample?: boolean;
}

export interface CandidateInput {
  fullName?: string | null;
  email?: string | null;
}

interface PhaseInputBase {
  application: ApplicationInput;
  /** The whole library, writing samples included; order does not matter (it is sorted by id). */
  library: LibraryResume[];
  candidate?: CandidateInput;
  /** Extra facts the user typed for this run (ai.runPhase userContext). */
  userContext?: string | null;
}

export type ResearchInput = PhaseInputBase;

/** An earlier phase's output as stored: the Markdown, plus its structured data when the caller kept it. */
export interface EarlierResearch {
  markdown: string;
  data?: ResearchData | null;
}

export interface TailorResumeInput extends PhaseInputBase {
  research?: EarlierResearch | null;
  /** Force a base resume instead of letting the engine choose. */
  baseResumeId?: string | null;
  /**
   * Cosine similarity between the job description and each resume, from stored embeddings
   * (pgvector). When absent the engine uses lexical vectors and says so.
   */
  similarityByResumeId?: Record<string, number> | null;
}

export interface CoverLetterInput extends PhaseInputBase {
  research?: EarlierResearch | null;
  /** The tailored resume Markdown from the resume phase (as possibly edited by the user). */
  tailoredResume?: string | null;
  /** Letters the user edited for earlier applications: part of the writing-style profile. */
  previousLetters?: string[];
}

export type ProgressEvent =
  | { type: 'step'; label: string }
  | { type: 'text'; delta: string }
  /** The streamed text so far is void (the stream broke and is being retried): clear it. */
  | { type: 'reset'; reason: string };

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

// ---------------------------------------------------------------------------------------------
// Results

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
}

export interface PhaseResult<TData> {
  phase: Phase;
  engine: EngineName;
  model: string;
  markdown: string;
  data: TData;
  usage: TokenUsage;
  /** Estimated from the published per-token prices; 0 for the offline engine. */
  costUsd: number;
  latencyMs: number;
  /** Plain remarks for the user (e.g. "company facts come from the posting only"). */
  notes: string[];
}

export interface ResearchResult extends PhaseResult<ResearchData> {
  validation: ValidationReport;
}
export interface ResumeResult extends PhaseResult<TailoredResumeData> {
  validation: ResumeValidationReport;
}
export interface CoverLetterResult extends PhaseResult<CoverLetterData> {
  validation: ValidationReport;
}

export interface EmbeddingResult {
  vectors: number[][];
  /** 'semantic' from the embeddings API; 'lexical' from the offline hashing vectorizer. */
  kind: 'semantic' | 'lexical';
  model: string;
  dimensions: number;
  usage: { inputTokens: number };
  costUsd: number;
  requests: number;
}

export interface ResumeChunk {
  index: number;
  section: string;
  /** The text that gets embedded (section name prefixed so a bullet keeps its context). */
  content: string;
}

export interface EngineStatus {
  claude: { live: boolean; model: string };
  openai: { live: boolean; model: string };
  /** The OpenAI-compatible chat server, when it is the text engine (its address stays on the server). */
  openaiCompatible: { live: boolean; model: string | null };
  offline: { live: true };
  /** Which engine generates text: the configured provider, else claude when a key is set, otherwise offline. */
  textEngine: EngineName;
  /** The model that writes text (the offline engine's version name when offline). */
  textModel: string;
  /** Which vectors embed() returns. */
  vectors: 'semantic' | 'lexical';
}

export const emptyUsage = (): TokenUsage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationTokens: 0,
  cacheReadTokens: 0,
});

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheCreationTokens: a.cacheCreationTokens + b.cacheCreationTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
  };
}
