/** Relevance of resume material to a job: bullet ranking, keyword coverage, match score. */
import type { JobAnalysis, KeywordCoverage, MatchScore } from '../types.js';
import { skillNames, findSkillByName } from './skills.js';
import { stem, terms, words } from '../text/words.js';

export const MATCH_WEIGHTS = {
  mustHaveSkills: 0.45,
  niceToHaveSkills: 0.15,
  keywords: 0.25,
  prominence: 0.15,
} as const;

interface JobProfile {
  must: Set<string>;
  nice: Set<string>;
  keywordStems: Array<{ keyword: string; stems: string[]; isSkill: boolean }>;
  responsibilityTerms: Set<string>;
}

const profileCache = new WeakMap<JobAnalysis, JobProfile>();

function profileOf(analysis: JobAnalysis): JobProfile {
  const cached = profileCache.get(analysis);
  if (cached) return cached;
  const canonical = (name: string) => findSkillByName(name)?.name ?? name;
  const must = new Set(analysis.skills.filter((s) => s.importance === 'must').map((s) => canonical(s.name)));
  const nice = new Set(analysis.skills.filter((s) => s.importance === 'nice').map((s) => canonical(s.name)));
  const keywordStems = analysis.keywords.map((keyword) => {
    const skill = findSkillByName(keyword);
    return { keyword: skill?.name ?? keyword, stems: words(keyword).map(stem), isSkill: Boolean(skill) };
  });
  const responsibilityTerms = new Set(analysis.responsibilities.flatMap(terms));
  const profile = { must, nice, keywordStems, responsibilityTerms };
  profileCache.set(analysis, profile);
  return profile;
}

function containsKeyword(
  entry: JobProfile['keywordStems'][number],
  textSkills: Set<string>,
  textStems: Set<string>,
): boolean {
  if (entry.isSkill) return textSkills.has(entry.keyword);
  return entry.stems.length > 0 && entry.stems.every((s) => textStems.has(s));
}

export interface RankedBullet {
  text: string;
  score: number;
  matched: string[];
  originalIndex: number;
}

/** Scores each bullet against the job; ties keep the user's original order. */
export function rankBullets(bullets: string[], analysis: JobAnalysis): RankedBullet[] {
  const profile = profileOf(analysis);
  return bullets
    .map((text, originalIndex) => {
      const skills = skillNames(text);
      const stems = new Set(terms(text));
      const matched = new Set<string>();
      let score = 0;
      for (const skill of skills) {
        if (profile.must.has(skill)) {
          score += 3;
          matched.add(skill);
        } else if (profile.nice.has(skill)) {
          score += 1.5;
          matched.add(skill);
        }
      }
      for (const entry of profile.keywordStems) {
        if (!entry.isSkill && containsKeyword(entry, skills, stems)) {
          score += 1;
          matched.add(entry.keyword);
        }
      }
      let overlap = 0;
      for (const term of stems) if (profile.responsibilityTerms.has(term)) overlap++;
      score += Math.min(overlap, 6) * 0.25;
      // Measured results read as stronger evidence.
      if (/\d/.test(text) && /%|\$|\b\d+[kKmMxX]?\b/.test(text)) score += 0.5;
      return { text, score: Math.round(score * 100) / 100, matched: [...matched], originalIndex };
    })
    .sort((a, b) => b.score - a.score || a.originalIndex - b.originalIndex);
}

export function keywordCoverage(resumeText: string, analysis: JobAnalysis): KeywordCoverage {
  const profile = profileOf(analysis);
  const textSkills = skillNames(resumeText);
  const textStems = new Set(words(resumeText).map(stem));
  const covered: string[] = [];
  const missing: string[] = [];
  for (const entry of profile.keywordStems)
    (containsKeyword(entry, textSkills, textStems) ? covered : missing).push(entry.keyword);
  const total = covered.length + missing.length;
  return { covered, missing, ratio: total === 0 ? 1 : round(covered.length / total) };
}

export function matchScore(resumeText: string, analysis: JobAnalysis): MatchScore {
  const profile = profileOf(analysis);
  const textSkills = skillNames(resumeText);
  const coverage = keywordCoverage(resumeText, analysis);
  const share = (wanted: Set<string>) => {
    if (wanted.size === 0) return coverage.ratio;
    let found = 0;
    for (const skill of wanted) if (textSkills.has(skill)) found++;
    return found / wanted.size;
  };
  const parts = {
    mustHaveSkills: round(share(profile.must)),
    niceToHaveSkills: round(share(profile.nice)),
    keywords: coverage.ratio,
    prominence: round(prominence(resumeText, profile)),
  };
  const total =
    parts.mustHaveSkills * MATCH_WEIGHTS.mustHaveSkills +
    parts.niceToHaveSkills * MATCH_WEIGHTS.niceToHaveSkills +
    parts.keywords * MATCH_WEIGHTS.keywords +
    parts.prominence * MATCH_WEIGHTS.prominence;
  return { total: Math.round(total * 1000) / 10, parts, weights: { ...MATCH_WEIGHTS } };
}

/** 1 when every matched keyword first appears at the very top, 0 when at the very bottom. */
function prominence(resumeText: string, profile: JobProfile): number {
  const lines = resumeText.split('\n').filter((line) => line.trim());
  if (lines.length === 0) return 0;
  const positions: number[] = [];
  const pending = new Set(profile.keywordStems);
  lines.forEach((line, index) => {
    if (pending.size === 0) return;
    const lineSkills = skillNames(line);
    const lineStems = new Set(words(line).map(stem));
    for (const entry of [...pending]) {
      if (containsKeyword(entry, lineSkills, lineStems)) {
        positions.push(1 - index / lines.length);
        pending.delete(entry);
      }
    }
  });
  if (positions.length === 0) return 0;
  return positions.reduce((a, b) => a + b, 0) / positions.length;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
