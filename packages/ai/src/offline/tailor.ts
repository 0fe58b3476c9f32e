/**
 * The offline tailored resume: the user's own base resume, with sections reordered, bullets ranked
 * against the posting and unrelated ones left out. No sentence is written that the user did not write.
 */
import type { JobAnalysis } from '../types.js';
import {
  bulletText,
  parseResume,
  renderResume,
  type ResumeSection,
  type SectionKind,
} from '../text/resume-structure.js';
import { rankBullets, type RankedBullet } from './match.js';
import { skillNames } from './skills.js';

const SECTION_ORDER: SectionKind[] = [
  'header',
  'summary',
  'skills',
  'experience',
  'projects',
  'education',
  'certifications',
  'other',
];
/** Every entry keeps at least this many bullets, related to the posting or not. */
const MIN_BULLETS_PER_ENTRY = 2;
const MAX_BULLETS_PER_ENTRY = 8;

export interface TailoredResume {
  markdown: string;
  changes: string[];
  rankedBullets: RankedBullet[];
}

export function tailorResumeOffline(baseContent: string, analysis: JobAnalysis): TailoredResume {
  const parsed = parseResume(baseContent);
  const changes: string[] = [];
  const jobSkills = new Set(analysis.skills.map((s) => s.name));
  const allRanked: RankedBullet[] = [];

  const originalOrder = parsed.sections.map((s) => s.title);
  const sections = [...parsed.sections].sort((a, b) => SECTION_ORDER.indexOf(a.kind) - SECTION_ORDER.indexOf(b.kind));
  const newOrder = sections.map((s) => s.title);
  if (originalOrder.join('|') !== newOrder.join('|'))
    changes.push(`Reordered sections: ${newOrder.filter((t) => t !== 'Header').join(', ')}.`);

  for (const section of sections) {
    if (section.kind === 'skills') reorderSkills(section, jobSkills, changes);
    else if (section.kind === 'experience' || section.kind === 'projects' || section.kind === 'other')
      rankEntries(section, analysis, changes, allRanked);
  }
  const markdown = renderResume({ sections });
  return {
    markdown,
    changes: changes.length
      ? changes
      : ['No change was needed: the base resume already leads with what the posting asks for.'],
    rankedBullets: allRanked.sort((a, b) => b.score - a.score),
  };
}

function rankEntries(section: ResumeSection, analysis: JobAnalysis, changes: string[], allRanked: RankedBullet[]) {
  for (const entry of section.entries) {
    if (entry.bullets.length === 0) continue;
    const texts = entry.bullets.map(bulletText);
    const ranked = rankBullets(texts, analysis);
    allRanked.push(...ranked);
    const relevant = ranked.filter((b) => b.score > 0);
    const keepCount = Math.min(
      Math.max(relevant.length, MIN_BULLETS_PER_ENTRY),
      Math.max(MAX_BULLETS_PER_ENTRY, relevant.length),
    );
    const kept = ranked.slice(0, keepCount);
    const dropped = ranked.slice(keepCount);
    const marker = entry.bullets[0]!.match(/^\s*([-*•▪◦‣]|\d+[.)])\s+/)?.[1] ?? '-';
    const newBullets = kept.map((b) => `${/\d/.test(marker) ? '-' : marker} ${b.text}`);
    const label = (entry.headerLines[0] ?? section.title).replace(/[#*_]/g, '').trim();
    if (kept.some((b, i) => b.originalIndex !== i))
      changes.push(`Put the bullets under "${label}" in order of relevance to the posting.`);
    if (dropped.length)
      changes.push(
        `Left out ${dropped.length} bullet${
          dropped.length > 1 ? 's' : ''
        } under "${label}" with no link to the posting.`,
      );
    entry.bullets = newBullets;
  }
}

function reorderSkills(section: ResumeSection, jobSkills: Set<string>, changes: string[]) {
  const promoted = new Set<string>();
  const reorderLine = (line: string): string => {
    // `s`: the rest of the line always matches, so the prefix is never retried from other splits.
    const match = line.match(/^(\s*(?:[-*•]\s+)?(?:\*\*[^*]+\*\*:?|[^:,]{1,40}:)?\s*)(.+)$/s);
    if (!match || !match[2]!.includes(',')) return line;
    const items = match[2]!.split(',').map((item) => item.trim());
    const isWanted = (item: string) => [...skillNames(item)].some((s) => jobSkills.has(s));
    const wanted = items.filter(isWanted);
    const rest = items.filter((item) => !isWanted(item));
    const reordered = [...wanted, ...rest];
    if (reordered.join() !== items.join()) wanted.forEach((item) => promoted.add(item.replace(/[.*]/g, '').trim()));
    return `${match[1]}${reordered.join(', ')}`;
  };
  for (const entry of section.entries) {
    entry.headerLines = entry.headerLines.map(reorderLine);
    entry.textLines = entry.textLines.map(reorderLine);
    entry.bullets = entry.bullets.map(reorderLine);
  }
  if (promoted.size) changes.push(`Listed the skills the posting asks for first: ${[...promoted].join(', ')}.`);
}
