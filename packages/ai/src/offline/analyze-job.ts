/** Job-description analysis without a model: requirements, skills, responsibilities, seniority, keywords. */
import type { JobAnalysis, Requirement, Seniority } from '../types.js';
import { findSkills } from './skills.js';
import { addressesModel } from '../truth/posting.js';
import { isBullet, bulletText, headingText } from '../text/resume-structure.js';
import { sentences, stem, isStopword, words } from '../text/words.js';

type Block = 'must' | 'nice' | 'responsibilities' | 'about' | 'benefits' | 'neutral';

const BLOCK_HEADINGS: Array<[Block, RegExp]> = [
  ['nice', /nice[- ]to[- ]have|preferred|bonus|pluses|a plus|desired|ideally|extra credit|good to have/],
  [
    'must',
    /requirements|required|qualifications|must[- ]have|what you (bring|need|have)|who you are|you have|skills|what we('re| are) looking for|about you|you should have|minimum/,
  ],
  [
    'responsibilities',
    /responsibilit|what you('ll| will) do|the role|your (role|impact|day)|duties|in this role|you will|key tasks|what you'll work on/,
  ],
  ['benefits', /benefits|perks|we offer|compensation|salary|what we offer|why join/],
  ['about', /about (us|the company|the team)|who we are|our (mission|company|team)|company overview/],
];

const NICE_CUE =
  /\b(nice to have|preferred|is a plus|a plus|bonus|ideally|desirable|would be great|familiarity with|exposure to|not required)\b/i;
const MUST_CUE =
  /\b(required|must|need to|you have|minimum|at least|\d+\+?\s*(years|yrs)|proficien|strong|solid|expert)\b/i;
const RESPONSIBILITY_VERB =
  /^(build|design|develop|lead|own|drive|create|implement|maintain|manage|write|collaborate|partner|work|ship|deliver|define|improve|mentor|support|architect|scale|operate|analy[sz]e|research|run|coordinate|plan|establish|help|contribute|review|optimi[sz]e|deploy|monitor|test|automate|communicate|present|prepare|conduct|oversee|ensure|you will|you'll)\b/i;

const SENIORITY_RULES: Array<[Seniority, RegExp]> = [
  ['executive', /\b(chief|cto|ceo|cfo|coo|vp|vice president)\b/i],
  ['director', /\bdirector\b/i],
  ['principal', /\bprincipal\b/i],
  ['staff', /\bstaff\b/i],
  ['lead', /\b(lead|tech lead|team lead)\b/i],
  ['manager', /\b(engineering manager|manager|head of)\b/i],
  ['senior', /\b(senior|sr\.?)\b/i],
  ['junior', /\b(junior|jr\.?|entry[- ]level|graduate|new grad)\b/i],
  ['intern', /\b(intern|internship|apprentice)\b/i],
  ['mid', /\b(mid[- ]level|intermediate)\b/i],
];

function blockOf(line: string): Block | null {
  const trimmed = line.trim();
  if (isBullet(trimmed) || trimmed.length > 80) return null;
  const looksLikeHeading =
    /^#{1,6}\s/.test(trimmed) ||
    /^\*\*[^*]+\*\*:?$/.test(trimmed) ||
    /:$/.test(trimmed) ||
    (trimmed === trimmed.toUpperCase() && /[A-Z]/.test(trimmed) && trimmed.split(/\s+/).length <= 6) ||
    trimmed.split(/\s+/).length <= 5;
  if (!looksLikeHeading) return null;
  const text = headingText(trimmed).toLowerCase();
  for (const [block, pattern] of BLOCK_HEADINGS) if (pattern.test(text)) return block;
  return null;
}

export function detectSeniority(roleTitle: string, jobDescription: string, years: number | null): Seniority {
  for (const [level, pattern] of SENIORITY_RULES) if (pattern.test(roleTitle)) return level;
  if (years !== null) {
    if (years >= 8) return 'staff';
    if (years >= 5) return 'senior';
    if (years >= 2) return 'mid';
    return 'junior';
  }
  for (const [level, pattern] of SENIORITY_RULES)
    if (level !== 'lead' && level !== 'manager' && pattern.test(jobDescription.slice(0, 400))) return level;
  return 'unknown';
}

export function yearsRequired(text: string): number | null {
  // "5+ years", "5 + yrs", "3-5 years": one whitespace run per gap, so a long run is scanned once.
  const matches = [...text.matchAll(/(\d{1,2})\s*(?:\+\s*)?(?:-\s*\d{1,2}\s*)?(?:years|yrs)/gi)].map((m) =>
    Number(m[1]),
  );
  const plausible = matches.filter((n) => n > 0 && n <= 30);
  return plausible.length ? Math.max(...plausible) : null;
}

/** Splits a posting into classified statements (bullets, or sentences of prose lines). */
function statements(jobDescription: string): Array<{ text: string; block: Block; isBullet: boolean }> {
  const out: Array<{ text: string; block: Block; isBullet: boolean }> = [];
  let block: Block = 'neutral';
  for (const raw of jobDescription.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const heading = blockOf(line);
    if (heading) {
      block = heading;
      continue;
    }
    if (isBullet(line)) {
      out.push({ text: bulletText(line).replace(/[*_`]/g, ''), block, isBullet: true });
    } else {
      for (const sentence of sentences(line.replace(/[*_`#]/g, '')))
        out.push({ text: sentence, block, isBullet: false });
    }
  }
  return out;
}

export function analyzeJobDescription(application: {
  roleTitle: string;
  companyName: string;
  jobDescription: string;
}): JobAnalysis {
  const text = application.jobDescription;
  const parts = statements(text);
  const mustHave: Requirement[] = [];
  const niceToHave: Requirement[] = [];
  const responsibilities: string[] = [];
  const skillImportance = new Map<string, 'must' | 'nice'>();

  for (const part of parts) {
    // Text addressed to an AI model is not part of the job: leave it out of the analysis.
    if (looksLikeInjection(part.text)) continue;
    // The posting's own title line ("Lead Product Manager - Analytics") is not a duty.
    if (
      (part === parts[0] || part.text.toLowerCase().includes(application.roleTitle.toLowerCase())) &&
      isTitleLine(part.text)
    )
      continue;
    const skills = findSkills(part.text).map((m) => m.skill.name);
    const trimmed = part.text.replace(/[.;]$/, '').slice(0, 500);
    let importance: 'must' | 'nice' | null = null;
    // A sentence about the company ("We are a strong team of 80", "Acme builds ...") is no requirement.
    const aboutCompany =
      part.block === 'about' ||
      part.block === 'benefits' ||
      (part.block === 'neutral' &&
        !part.isBullet &&
        (/^(?:we|our|at)\b/i.test(part.text) ||
          part.text.toLowerCase().startsWith(application.companyName.toLowerCase())));
    if (aboutCompany) importance = null;
    else if (part.block === 'nice' || NICE_CUE.test(part.text)) importance = 'nice';
    else if (part.block === 'must') importance = 'must';
    else if (
      part.block === 'neutral' &&
      (MUST_CUE.test(part.text) || (skills.length > 0 && part.isBullet && !RESPONSIBILITY_VERB.test(part.text)))
    )
      importance = 'must';

    if (
      part.block === 'responsibilities' ||
      (part.block === 'neutral' && importance === null && RESPONSIBILITY_VERB.test(part.text))
    ) {
      if (responsibilities.length < 40) responsibilities.push(trimmed);
    } else if (importance === 'must' && mustHave.length < 40) {
      mustHave.push({ text: trimmed, importance, skills });
    } else if (importance === 'nice' && niceToHave.length < 40) {
      niceToHave.push({ text: trimmed, importance, skills });
    }
    for (const skill of skills) {
      const level =
        part.block === 'about' || part.block === 'benefits'
          ? null
          : importance ?? (part.block === 'responsibilities' ? 'must' : 'nice');
      if (level === null) continue;
      if (!skillImportance.has(skill) || level === 'must')
        skillImportance.set(skill, skillImportance.get(skill) === 'must' ? 'must' : level);
    }
  }
  // Skills named anywhere else (e.g. in the intro) still count, as nice-to-have.
  for (const mention of findSkills(`${application.roleTitle}\n${text}`)) {
    if (!skillImportance.has(mention.skill.name)) skillImportance.set(mention.skill.name, 'nice');
  }
  const years = yearsRequired(text);
  const skills = [...skillImportance].map(([name, importance]) => ({ name, importance })).slice(0, 80);
  return {
    roleSummary: summarizeRole(
      application,
      parts.map((p) => p.text),
    ),
    seniority: detectSeniority(application.roleTitle, text, years),
    yearsOfExperience: years,
    mustHave,
    niceToHave,
    skills,
    responsibilities,
    // Keywords come from what the job asks and involves, not from the company blurb or the benefits;
    // "28-bed" or "400-person" give no keyword.
    keywords: extractKeywords(
      [...mustHave.map((r) => r.text), ...niceToHave.map((r) => r.text), ...responsibilities]
        .join('\n')
        .replace(/(?<!\d)\d+-[a-z]+/gi, ' '),
      skills.map((s) => s.name),
      application.companyName,
    ),
  };
}

function isTitleLine(text: string): boolean {
  const words = text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.!?]$/.test(text.trim())) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|and|the|for|in|at|&)$/.test(w));
}

/** Text addressed to an AI model rather than to a job seeker (one rule for the whole pipeline). */
export function looksLikeInjection(text: string): boolean {
  return addressesModel(text);
}

function summarizeRole(application: { roleTitle: string; companyName: string }, lines: string[]): string {
  const first = lines.find((line) => line.length > 40 && !/^(about|we are|we're)\b/i.test(line)) ?? '';
  const intro = `${application.roleTitle} at ${application.companyName}.`;
  return (first ? `${intro} ${first}` : intro).slice(0, 1200);
}

/** Words that recur in postings without saying anything about the job ("end-to-end", "builds"). */
const KEYWORD_JUNK = new Set(
  'end field fields builds build part parts way ways day things thing lot lots kind kinds area areas range set sets type types level'.split(
    ' ',
  ),
);

/** Skills first, then the posting's most frequent content words and two-word phrases. */
export function extractKeywords(text: string, skills: string[], companyName: string): string[] {
  const companyWords = new Set(words(companyName));
  const tokens = words(text).filter((w) => !companyWords.has(w));
  const counts = new Map<string, { count: number; surface: string }>();
  const add = (key: string, surface: string, weight: number) => {
    const entry = counts.get(key) ?? { count: 0, surface };
    entry.count += weight;
    counts.set(key, entry);
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (isStopword(word) || KEYWORD_JUNK.has(word) || word.length < 3 || /^\d/.test(word)) continue;
    add(stem(word), word, 1);
    const next = tokens[i + 1];
    if (next && !isStopword(next) && next.length >= 3 && !/^\d/.test(next))
      add(`${stem(word)} ${stem(next)}`, `${word} ${next}`, 1.5);
  }
  const skillStems = new Set(skills.flatMap((skill) => words(skill).map(stem)));
  const ranked = [...counts.values()]
    .filter((entry) => entry.count >= 2 && !entry.surface.split(' ').every((w) => skillStems.has(stem(w))))
    .sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface))
    .map((entry) => entry.surface);
  const keywords: string[] = [...skills];
  for (const surface of ranked) {
    if (keywords.length >= 30) break;
    // Keep a phrase or its words, not both.
    if (keywords.some((k) => k.toLowerCase().includes(surface) || surface.includes(k.toLowerCase()))) continue;
    keywords.push(surface);
  }
  return keywords.slice(0, 60);
}
