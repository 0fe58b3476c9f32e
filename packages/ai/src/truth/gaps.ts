/**
 * Requirements against the candidate's material, decided by code: a requirement is met when its
 * key terms (tools, credentials, degrees, names) are in the material, alternatives ("Snowflake,
 * BigQuery or Redshift") count as one, a credential the material shows in progress is not met, and
 * "3+ years of ICU experience" is compared with the dates of the entries that mention ICU.
 */
import type { JobAnalysis, Requirement } from '../types.js';
import { findSkillMentions } from '../offline/skills.js';
import type { Material } from './material.js';
import { credentialsIn, nameTerms } from './terms.js';
import { contentStems, stemOf, wordTokens } from './tokens.js';

export interface RequirementCheck {
  requirement: Requirement;
  met: boolean;
  /** Terms of the requirement the material lacks (empty when met or when nothing checkable). */
  missing: string[];
  /** Terms the material shows only in progress ("CPA"). */
  inProgress: string[];
  years?: { asked: number; found: number };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})\b|\b(present|current|now|today)\b/gi;

function monthIndex(month: string | undefined, year: string): number {
  const m = month ? MONTHS.indexOf(month.toLowerCase().slice(0, 3)) : 0;
  return Number(year) * 12 + Math.max(0, m);
}

/** Years covered by the entries whose lines mention one of the stems (all entries when none given). */
export function yearsOfExperience(material: Material, stems: string[], now = new Date()): number {
  const intervals: Array<[number, number]> = [];
  const entries = new Map<number, string[]>();
  for (const line of material.lines) {
    if (line.section !== 'experience' && line.section !== 'projects') continue;
    entries.set(line.entry, [...(entries.get(line.entry) ?? []), line.text]);
  }
  for (const lines of entries.values()) {
    const stemsOfEntry = contentStems(lines.join(' '));
    const words = new Set([...stemsOfEntry].map((s) => s.slice(0, 5)));
    if (stems.length && !stems.some((s) => stemsOfEntry.has(s) || words.has(s.slice(0, 5)))) continue;
    const header = lines[0] ?? '';
    const points = [...header.matchAll(DATE)].map((m) =>
      m[3] ? now.getUTCFullYear() * 12 + now.getUTCMonth() : monthIndex(m[1], m[2]!),
    );
    if (points.length >= 2) intervals.push([points[0]!, points[points.length - 1]!]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let end = -Infinity;
  for (const [a, b] of intervals) {
    if (b <= end) continue;
    months += b - Math.max(a, end);
    end = b;
  }
  return Math.round((months / 12) * 10) / 10;
}

/** Applied to text whose whitespace runs are single spaces, so no two optional spaces meet. */
const YEARS = /(\d{1,2})(?: ?\+)?(?: ?- ?\d{1,2})? ?(?:years|yrs)\b(?: of)?((?: [\p{L}-]+){0,4})/iu;

const COMMON_REQUIREMENT_WORDS =
  /^(?:strong|basic|active|experience|experienced|knowledge|excellent|good|solid|proven|familiarity|understanding|ability|a|an|the|some|any|working|deep|hands-on|great|clear|demonstrated|previous|prior|at|must|minimum|bachelor's|master's|degree|fluent|comfort|comfortable|passion|interest|curiosity|attention|willingness|ideally|bonus|plus|nice)$/i;

function keyTerms(text: string): string[][] {
  const terms: string[][] = [];
  for (const m of findSkillMentions(text)) if (m.skill.verifiable) terms.push(wordTokens(m.surface));
  for (const t of nameTerms(text)) {
    // "Active RN licence": a common first word is not part of the name; "Advanced Certified Paralegal" is.
    const words = t.initial && COMMON_REQUIREMENT_WORDS.test(t.words[0]!) ? t.words.slice(1) : t.words;
    if (words.length) terms.push(words);
  }
  for (const c of credentialsIn(text)) {
    // "OSHA 30" is not "OSHA 10": a number right after a credential is part of its name.
    const number = text.slice(c.start).match(/^[\p{L}-]+ (\d{1,4})\b/u)?.[1];
    terms.push(number ? [c.word, number] : [c.word]);
  }
  // A short requirement that is only a name ("Anaplan", "Healthcare experience") names a tool or field.
  const first = text.trim().match(/^([\p{Lu}][\p{L}\p{N}+#.-]*)/u)?.[1];
  if (terms.length === 0 && first && text.trim().split(/\s+/).length <= 4 && !COMMON_REQUIREMENT_WORDS.test(first))
    terms.push(wordTokens(first));
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.join(' ');
    if (!key || seen.has(key) || /^(experience|knowledge|required|preferred|strong)$/.test(key)) return false;
    seen.add(key);
    return true;
  });
}

function termMet(words: string[], material: Material): boolean {
  if (words.length > 1 && /^\d+$/.test(words.at(-1)!)) return material.text.includes(` ${words.join(' ')}`);
  return words.every(
    (w) =>
      material.words.has(w) ||
      [...material.words].some((m) => m.length > 4 && stemOf(m).slice(0, 5) === stemOf(w).slice(0, 5) && w.length > 4),
  );
}

export function checkRequirement(requirement: Requirement, material: Material, now?: Date): RequirementCheck {
  const text = requirement.text.split(/\s+/).join(' ');
  const terms = keyTerms(text.replace(YEARS, ' '));
  const alternatives = /\bor\b|\//i.test(text);
  const inProgress = terms.filter((t) => t.length === 1 && material.pendingOnly.has(t[0]!)).map((t) => t.join(' '));
  const missingTerms = terms.filter(
    (t) => !termMet(t, material) || (t.length === 1 && material.pendingOnly.has(t[0]!)),
  );
  const acceptsInProgress = /\b(enrol|enroll|pursuing|working toward|in progress)/i.test(text);
  let met =
    terms.length === 0 ||
    (alternatives ? missingTerms.length < terms.length : missingTerms.length === 0) ||
    (acceptsInProgress && inProgress.length > 0);
  let years: RequirementCheck['years'];
  const y = text.match(YEARS);
  if (y) {
    const qualifier = [...contentStems(y[2] ?? '')].filter(
      (s) => !/^(experienc|work|professional|relevant|industry|production|hand)/.test(s),
    );
    const found = yearsOfExperience(material, qualifier, now);
    years = { asked: Number(y[1]), found };
    if (found < years.asked) met = false;
  }
  return {
    requirement,
    met,
    missing: met ? [] : missingTerms.map((t) => t.join(' ')),
    inProgress,
    ...(years ? { years } : {}),
  };
}

export function checkRequirements(analysis: JobAnalysis, material: Material, now?: Date): RequirementCheck[] {
  return [...analysis.mustHave, ...analysis.niceToHave].map((r) => checkRequirement(r, material, now));
}
