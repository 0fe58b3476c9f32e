/**
 * Plain inputs and typed results of the AI package. Nothing here knows about the database: the
 * API layer loads rows, maps them to these shapes, and persists what comes back.
 */
import { z } from 'zod';
import type { CheckAction } from './truth/report.js';

export type { CheckAction, CheckActionKind } from './truth/report.js';

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
// Structured data (zod, because Claude's tool output is validated against it)

export const requirementSchema = z.object({
  text: z.string().min(1).max(500),
  importance: z.enum(['must', 'nice']),
  skills: z.array(z.string().max(80)).max(20).default([]),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const senioritySchema = z.enum([
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
  'executive',
  'unknown',
]);
export type Seniority = z.infer<typeof senioritySchema>;

export const jobAnalysisSchema = z.object({
  roleSummary: z.string().max(1200),
  seniority: senioritySchema,
  yearsOfExperience: z.number().int().min(0).max(40).nullable().default(null),
  mustHave: z.array(requirementSchema).max(40),
  niceToHave: z.array(requirementSchema).max(40),
  skills: z.array(z.object({ name: z.string().min(1).max(80), importance: z.enum(['must', 'nice']) })).max(80),
  responsibilities: z.array(z.string().min(1).max(500)).max(40),
  keywords: z.array(z.string().min(1).max(80)).max(60),
});
export type JobAnalysis = z.infer<typeof jobAnalysisSchema>;

export const positioningSchema = z.object({
  strengths: z.array(z.object({ point: z.string().max(400), evidence: z.string().max(600) })).max(12),
  gaps: z.array(z.object({ gap: z.string().max(400), howToAddress: z.string().max(600) })).max(12),
  summary: z.string().max(1500),
});
export type Positioning = z.infer<typeof positioningSchema>;

export const researchDataSchema = z.object({
  analysis: jobAnalysisSchema,
  companyInsight: z.object({
    /** What the posting and the user's context say about the company. */
    points: z.array(z.string().max(500)).max(15),
    /** Always states that the facts come only from the posting and the user's context. */
    sourceNote: z.string().max(400),
  }),
  positioning: positioningSchema,
});
export type ResearchData = z.infer<typeof researchDataSchema>;

export interface MatchScore {
  /** 0..100 */
  total: number;
  parts: {
    /** Share of must-have skills found in the resume (0..1). */
    mustHaveSkills: number;
    niceToHaveSkills: number;
    /** Share of the posting's keywords found in the resume. */
    keywords: number;
    /** How near the top the matching material sits (0..1). */
    prominence: number;
  };
  weights: { mustHaveSkills: number; niceToHaveSkills: number; keywords: number; prominence: number };
}

export interface KeywordCoverage {
  covered: string[];
  missing: string[];
  /** covered / (covered + missing), 0..1 */
  ratio: number;
}

export type ClaimKind =
  | 'employer'
  | 'job_title'
  | 'date'
  | 'degree'
  | 'certification'
  | 'skill'
  | 'number'
  /** A name or tool the material does not contain. */
  | 'name';

export interface RemovedClaim {
  kind: ClaimKind;
  value: string;
  /** The line, bullet or sentence that was taken out because of it. */
  removedText: string;
}

export interface ValidationCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ValidationReport {
  ok: boolean;
  checks: ValidationCheck[];
  removedClaims: RemovedClaim[];
  warnings: string[];
  /** What the truth check removed, restored or ignored, and why ("Checked against your material"). */
  actions: CheckAction[];
  /** Lines of the person's base resume the document leaves out (never dropped silently). */
  leftOut: string[];
}

export interface ResumeValidationReport extends ValidationReport {
  changes: string[];
  coverage: { before: KeywordCoverage; after: KeywordCoverage };
  matchScore: { before: MatchScore; after: MatchScore };
}

export interface TailoredResumeData {
  baseResume: { id: string; name: string; reason: string };
  similaritySource: 'embeddings' | 'lexical';
  candidates: Array<{ id: string; name: string; score: number; keywordCoverage: number; similarity: number }>;
  rankedBullets: Array<{ text: string; score: number; matched: string[] }>;
}

export interface WritingStyleProfile {
  sampleCount: number;
  averageSentenceWords: number;
  usesContractions: boolean;
  greeting: string | null;
  signOff: string | null;
  firstPersonRate: number;
  tone: 'formal' | 'neutral' | 'conversational';
  notes: string[];
}

export interface CoverLetterData {
  wordCount: number;
  style: WritingStyleProfile;
  usedFacts: string[];
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
  offline: { live: true };
  /** Which engine generates text: claude when a key is set, otherwise offline. */
  textEngine: EngineName;
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
