/**
 * The usual resume sections and the words people title them with, mapped to JSON Resume's keys.
 * Matching is on the heading's words alone, case-insensitive, without Markdown or a trailing colon.
 */
import { collapseSpaces, trimSpaceAnd } from '../text/trim.js';

export const RESUME_SECTIONS = [
  'summary',
  'work',
  'education',
  'skills',
  'certificates',
  'projects',
  'languages',
  'awards',
  'publications',
  'volunteer',
  'interests',
  'references',
] as const;
export type ResumeSection = (typeof RESUME_SECTIONS)[number];

const PATTERNS: Array<[ResumeSection, RegExp]> = [
  ['summary', /^(professional |career )?(summary|profile|about( me)?|objective|overview|introduction)$/],
  [
    'work',
    /^((work|professional|relevant|employment|career) )?(experience|history|employment)( history)?$|^work history$|^employment$/,
  ],
  ['education', /^(education|academic background|education (and|&) training|qualifications)$/],
  [
    'skills',
    /^((technical|core|key|professional) )?(skills|competencies|technologies|tech stack|toolbox|expertise)( (and|&) (tools|technologies))?$/,
  ],
  ['certificates', /^(certifications?|licen[cs]es?( (and|&) certifications)?|certificates|courses)$/],
  ['projects', /^((selected|personal|side|key|open source) )?projects$/],
  ['languages', /^languages?$/],
  ['awards', /^(awards|honou?rs( (and|&) awards)?|achievements)$/],
  ['publications', /^(publications|talks|talks (and|&) publications|patents)$/],
  ['volunteer', /^(volunteer(ing)?( experience| work)?)$/],
  ['interests', /^(interests|hobbies|activities)$/],
  ['references', /^references$/],
];

export function headingWords(heading: string): string {
  return collapseSpaces(trimSpaceAnd(heading.replace(/[*_`]/g, ''), '#:')).toLowerCase();
}

export function sectionOfHeading(heading: string): ResumeSection | null {
  const words = headingWords(heading);
  if (!words || words.length > 60) return null;
  for (const [section, pattern] of PATTERNS) if (pattern.test(words)) return section;
  return null;
}
