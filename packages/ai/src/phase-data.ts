/**
 * The structured data each phase produces and the reports of its checks. The research data is
 * zod because Claude's tool output is validated against it; the rest are plain types.
 */
import { z } from 'zod';
import type { CheckAction } from './truth/report.js';

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
