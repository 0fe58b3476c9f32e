/**
 * A person of the truthfulness suite: their own material, a posting, and the lies a model might tell
 * about them in each phase. Every lie carries a marker: text that shows the lie reached a document.
 */
import type { ApplicationInput, LibraryResume } from '../../types.js';

export type LieStyle = 'blatant' | 'realistic';

export type ResumeEdit =
  /** Replaces text of one line of the base resume (the line stays where it was). */
  | { replace: string; with: string }
  /** Adds a line after the line that contains `after`. */
  | { after: string; insert: string };

export interface PlantedLie {
  id: string;
  style: LieStyle;
  /** What kind of fact is false. */
  kind:
    | 'title'
    | 'credential'
    | 'degree'
    | 'number'
    | 'skill'
    | 'employer'
    | 'experience'
    | 'company'
    | 'evidence'
    | 'gaps';
  /** Text whose presence in the saved document (case-insensitive) means the lie got through. */
  marker: string;
}

export interface ResumeLie extends PlantedLie {
  edit: ResumeEdit;
}

export interface LetterLie extends PlantedLie {
  /** The sentence the lying model writes. */
  sentence: string;
}

export interface ResearchLies {
  /** Company "facts" the model adds from memory. */
  companyPoints: Array<PlantedLie & { sentence: string }>;
  /** Strengths whose evidence is not in the library (the marker is the fake quote). */
  fakeEvidence: Array<PlantedLie & { point: string }>;
  /** The model drops every gap and says so. */
  noGaps: PlantedLie & { summary: string };
  /** Gaps the code must still name (words expected in the saved report's gap list). */
  expectedGaps: string[];
}

export interface Person {
  key: string;
  field: string;
  fullName: string;
  library: LibraryResume[];
  application: ApplicationInput;
  userContext: string | null;
  resumeLies: ResumeLie[];
  /** The true paragraphs of the letter the lying model writes (kept if the checks are right). */
  letterTruths: string[];
  letterLies: LetterLie[];
  research: ResearchLies;
}
