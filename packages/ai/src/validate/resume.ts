/**
 * Resume validation: every claim in the generated resume must be backed by the user's material.
 * An unbacked claim takes its bullet or line out (a whole entry when its header is invented; only
 * the item in a skills list); when too much would go, the phase fails instead.
 */
import type {
  JobAnalysis,
  KeywordCoverage,
  MatchScore,
  RemovedClaim,
  ResumeValidationReport,
  ValidationCheck,
} from '../types.js';
import { AiError } from '../errors.js';
import { extractClaims, type Claim } from './claims.js';
import { isSupported, type MaterialIndex } from './material.js';
import { isBullet, sectionKindOf, type SectionKind } from '../text/resume-structure.js';
import { keywordCoverage, matchScore } from '../offline/match.js';
import { findSkillMentions } from '../offline/skills.js';

/** Above this share of removed lines the output is not worth saving. */
const MAX_REMOVED_SHARE = 0.4;

export interface ResumeValidationContext {
  analysis: JobAnalysis;
  before: { coverage: KeywordCoverage; score: MatchScore };
  changes: string[];
}

interface LineInfo {
  text: string;
  section: SectionKind | null;
  isHeading: boolean;
  isEntryHeader: boolean;
  isBullet: boolean;
}

function classify(lines: string[]): LineInfo[] {
  let section: SectionKind | null = null;
  let previousWasBullet = true;
  return lines.map((text) => {
    const kind = text.trim() ? sectionKindOf(text) : null;
    if (kind) section = kind;
    const bullet = isBullet(text);
    const inEntries = section === 'experience' || section === 'projects';
    const isEntryHeader =
      Boolean(text.trim()) &&
      !kind &&
      !bullet &&
      inEntries &&
      (/^\s*#{3,6}\s|^\s*\*\*/.test(text) || previousWasBullet);
    if (text.trim() && !kind) previousWasBullet = bullet;
    return { text, section, isHeading: Boolean(kind) || /^\s*#{1,6}\s/.test(text), isEntryHeader, isBullet: bullet };
  });
}

export function findInventions(
  text: string,
  material: MaterialIndex,
  options: { isEntryHeader?: boolean; inCertifications?: boolean },
  extras = {},
): Claim[] {
  return extractClaims(text, options).filter((claim) => !isSupported(claim, material, extras));
}

export function validateResume(
  markdown: string,
  material: MaterialIndex,
  context: ResumeValidationContext,
): { text: string; report: ResumeValidationReport } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const info = classify(lines);
  const keep = lines.map(() => true);
  const output = [...lines];
  const removedClaims: RemovedClaim[] = [];
  const warnings: string[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = info[i]!;
    if (!keep[i] || !line.text.trim() || sectionKindOf(line.text)) continue;
    const inventions = findInventions(line.text, material, {
      isEntryHeader: line.isEntryHeader,
      inCertifications: line.section === 'certifications',
    });
    if (inventions.length === 0) continue;

    const onlySkills = inventions.every((c) => c.kind === 'skill');
    if (onlySkills && isList(line.text)) {
      const pruned = removeListItems(line.text, new Set(inventions.map((c) => c.value)));
      for (const claim of inventions)
        removedClaims.push({
          kind: claim.kind,
          value: claim.value,
          removedText: `"${claim.value}" from: ${line.text.trim()}`,
        });
      if (pruned === null) keep[i] = false;
      else output[i] = pruned;
      continue;
    }
    if (line.isEntryHeader) {
      // The entry's bullets describe work at an employer or in a role the user never had.
      const removed: string[] = [line.text.trim()];
      keep[i] = false;
      for (let j = i + 1; j < lines.length; j++) {
        const next = info[j]!;
        if (!next.text.trim()) continue;
        if (next.isHeading || next.isEntryHeader) break;
        keep[j] = false;
        removed.push(next.text.trim());
      }
      for (const claim of inventions)
        removedClaims.push({ kind: claim.kind, value: claim.value, removedText: removed.join('\n') });
      continue;
    }
    keep[i] = false;
    for (const claim of inventions)
      removedClaims.push({ kind: claim.kind, value: claim.value, removedText: line.text.trim() });
  }

  const contentLines = lines.filter((l) => l.trim() && !sectionKindOf(l)).length;
  const removedLines = lines.filter((l, i) => !keep[i] && l.trim()).length;
  const text = collapseBlankLines(output.filter((_, i) => keep[i]).join('\n'));
  const after = { coverage: keywordCoverage(text, context.analysis), score: matchScore(text, context.analysis) };
  const share = contentLines === 0 ? 1 : removedLines / contentLines;
  const checks: ValidationCheck[] = [
    {
      name: 'claims',
      ok: removedClaims.length === 0,
      detail:
        removedClaims.length === 0
          ? 'Every employer, title, date, degree, certification, skill and number is in your material.'
          : `${removedClaims.length} claim${removedClaims.length > 1 ? 's' : ''} not in your material ${
              removedClaims.length > 1 ? 'were' : 'was'
            } removed.`,
    },
    {
      name: 'not_empty',
      ok: text.trim().length > 0 && contentLines > 0,
      detail: `${contentLines - removedLines} content lines kept.`,
    },
    {
      // A refusal or a chat answer has no sections and no bullets.
      name: 'is_resume',
      ok: looksLikeResume(text),
      detail: looksLikeResume(text)
        ? 'Has resume sections or bullets.'
        : 'The output has no resume sections or bullets.',
    },
    {
      name: 'removed_share',
      ok: share <= MAX_REMOVED_SHARE,
      detail: `${Math.round(share * 100)}% of the lines were removed (limit ${MAX_REMOVED_SHARE * 100}%).`,
    },
  ];
  if (after.score.total < context.before.score.total)
    warnings.push('The match score went down compared with the base resume.');
  const report: ResumeValidationReport = {
    ok: checks.every((c) => c.ok || c.name === 'claims'),
    checks,
    removedClaims,
    warnings,
    changes: [
      ...context.changes,
      ...(removedClaims.length
        ? [
            `Removed ${removedClaims.length} claim${
              removedClaims.length > 1 ? 's' : ''
            } that your material does not support.`,
          ]
        : []),
    ],
    coverage: { before: context.before.coverage, after: after.coverage },
    matchScore: { before: context.before.score, after: after.score },
  };
  if (!report.ok) {
    throw new AiError(
      'bad_output',
      'The generated resume made too many claims that are not in your material, so it was not saved. Try again, or add the missing facts to your resume library.',
      { details: report },
    );
  }
  return { text, report };
}

function looksLikeResume(text: string): boolean {
  const lines = text.split('\n');
  const sections = lines.filter((l) => sectionKindOf(l)).length;
  const bullets = lines.filter((l) => isBullet(l)).length;
  return sections >= 2 || bullets >= 3;
}

function isList(line: string): boolean {
  return line.includes(',') || /[|·•]/.test(line.replace(/^\s*[-*•]\s+/, ''));
}

/** Takes skills out of a comma/pipe list; null when nothing but a label would be left. */
function removeListItems(line: string, skills: Set<string>): string | null {
  // `s`: the rest of the line always matches, so the prefix is never retried from other splits.
  const match = line.match(/^(\s*(?:[-*•]\s+)?(?:\*\*[^*]+\*\*:?|[^:,]{1,40}:)?\s*)(.*)$/s)!;
  const separator = match[2]!.includes(',') ? ',' : /[|]/.test(match[2]!) ? '|' : '·';
  const items = match[2]!
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = items.filter((item) => !findSkillMentions(item).some((m) => skills.has(m.skill.name)));
  if (kept.length === 0) return null;
  return `${match[1]}${kept.join(separator === ',' ? ', ' : ` ${separator} `)}`;
}

function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
