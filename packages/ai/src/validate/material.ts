/** An index of everything the user wrote about themselves, to check generated claims against. */
import type { Claim } from './claims.js';
import { extractClaims, normalizeOrganization } from './claims.js';
import { normalizeForMatch } from '../text/words.js';
import { sectionKindOf, isBullet } from '../text/resume-structure.js';
import type { ApplicationInput, CandidateInput, LibraryResume } from '../types.js';

export interface MaterialIndex {
  /** All material, joined. */
  text: string;
  lines: string[];
  normalizedText: string;
  organizationText: string;
  claims: Map<string, Set<string>>;
  /** Every word of every job title in the material. */
  titleWords: Set<string>;
}

export interface ExtraAllowances {
  /** Organizations a text may name although the user never worked there (the target company). */
  organizations?: string[];
  /** Titles a text may name (the target role, in a letter). */
  titles?: string[];
}

export function buildMaterialIndex(texts: string[]): MaterialIndex {
  const text = texts.filter(Boolean).join('\n\n');
  const claims = new Map<string, Set<string>>();
  const lines: string[] = [];
  let section: string | null = null;
  let previousWasBullet = true;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const kind = sectionKindOf(line);
    if (kind) section = kind;
    const bullet = isBullet(line);
    lines.push(normalizeForMatch(line));
    const isEntryHeader =
      !bullet &&
      (section === 'experience' || section === 'projects') &&
      (/^\s*#{3,6}\s|^\s*\*\*/.test(line) || previousWasBullet);
    for (const claim of extractClaims(line, {
      isEntryHeader,
      inCertifications: section === 'certifications' && !kind,
    })) {
      const set = claims.get(claim.kind) ?? new Set<string>();
      set.add(
        claim.kind === 'employer'
          ? normalizeOrganization(claim.value)
          : claim.kind === 'date' || claim.kind === 'number' || claim.kind === 'skill' || claim.kind === 'degree'
          ? claim.value
          : normalizeForMatch(claim.value),
      );
      claims.set(claim.kind, set);
    }
    if (!kind) previousWasBullet = bullet;
  }
  // "Jan 2020" in the material also vouches for the bare year 2020.
  for (const monthYear of claims.get('date') ?? []) {
    const year = monthYear.match(/(\d{4})$/)?.[1];
    if (year) (claims.get('date') ?? claims.set('date', new Set()).get('date')!).add(year);
  }
  const normalizedText = normalizeForMatch(text);
  const titleWords = new Set([...(claims.get('job_title') ?? [])].flatMap((title) => wordsOf(title)));
  return {
    text,
    lines,
    normalizedText,
    organizationText: ` ${normalizeOrganization(text.replace(/[*_#`]/g, ''))} `,
    claims,
    titleWords,
  };
}

export function userMaterial(input: {
  library: LibraryResume[];
  userContext?: string | null;
  application?: ApplicationInput;
  candidate?: CandidateInput;
}): MaterialIndex {
  const library = [...input.library].sort((a, b) => a.id.localeCompare(b.id));
  return buildMaterialIndex([
    ...library.map((entry) => entry.content),
    input.userContext ?? '',
    input.application?.additionalContext ?? '',
    input.candidate?.fullName ?? '',
  ]);
}

const RANK_WORDS = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'staff',
  'principal',
  'lead',
  'head',
  'chief',
  'director',
  'vp',
  'president',
  'manager',
  'associate',
  'assistant',
  'intern',
  'executive',
  'founder',
  'cofounder',
  'co-founder',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'partner',
  'fellow',
]);
const ROLE_WORDS = new Set([
  'engineer',
  'developer',
  'manager',
  'designer',
  'analyst',
  'scientist',
  'architect',
  'consultant',
  'administrator',
  'specialist',
  'coordinator',
  'officer',
  'programmer',
  'researcher',
  'strategist',
  'writer',
  'editor',
  'accountant',
  'recruiter',
  'technician',
  'teacher',
  'lecturer',
  'professor',
  'nurse',
  'instructor',
  'tester',
  'trainer',
  'producer',
  'marketer',
  'planner',
  'supervisor',
  'operator',
  'agent',
  'counsel',
  'attorney',
  'paralegal',
  'clerk',
  'advisor',
  'representative',
]);

function wordsOf(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length > 0);
}

/** Whether the user's material supports a claim found in generated text. */
export function isSupported(claim: Claim, material: MaterialIndex, extras: ExtraAllowances = {}): boolean {
  const known = material.claims.get(claim.kind);
  switch (claim.kind) {
    case 'date':
    case 'number':
    case 'skill':
    case 'degree':
      return known?.has(claim.value) ?? false;
    case 'employer': {
      const org = normalizeOrganization(claim.value);
      if (!org) return true;
      const allowed = [...(extras.organizations ?? []).map(normalizeOrganization), ...(known ?? [])];
      // Known as an organisation in the material (either name contains the other, at word boundaries).
      if (allowed.some((o) => o && (containsWords(o, org) || containsWords(org, o)))) return true;
      // Written exactly so somewhere in the material.
      if (
        containsWords(material.normalizedText.replace(/[.,]/g, ''), normalizeForMatch(claim.value).replace(/[.,]/g, ''))
      )
        return true;
      // A two-word-or-longer name anywhere in the material; one word ("Globex") is too weak on its own.
      return org.includes(' ') && containsWords(material.organizationText, org);
    }
    case 'name':
      return material.normalizedText.includes(claim.value.toLowerCase());
    case 'job_title':
    case 'certification': {
      const value = normalizeForMatch(claim.value);
      if (claim.kind === 'job_title' && extras.titles?.some((t) => normalizeForMatch(t).includes(value))) return true;
      if (material.normalizedText.includes(value)) return true;
      // In prose ("senior backend engineer with 7 years"), a title describes rather than claims a
      // position: its rank and role words must be the user's, domain words may vary.
      if (claim.kind === 'job_title' && !claim.strict) {
        const rankAndRole = wordsOf(claim.value).filter(
          (w) => RANK_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, '')),
        );
        if (
          rankAndRole.length > 0 &&
          rankAndRole.every((w) => material.titleWords.has(w) || material.titleWords.has(w.replace(/s$/, '')))
        )
          return true;
      }
      // The same words on one line of the material ("Engineer, Senior" / "Senior Platform Engineer").
      const wanted = wordsOf(claim.value).filter((w) => !['of', 'and', 'the', 'in', 'for'].includes(w));
      return (
        wanted.length > 0 &&
        material.lines.some((line) => {
          const lineWords = new Set(wordsOf(line));
          return wanted.every((w) => lineWords.has(w) || lineWords.has(w.replace(/s$/, '')));
        })
      );
    }
  }
}

function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let index = haystack.indexOf(needle);
  while (index >= 0) {
    const before = haystack[index - 1];
    const after = haystack[index + needle.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after)))
      return true;
    index = haystack.indexOf(needle, index + 1);
  }
  return false;
}
