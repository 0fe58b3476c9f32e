/**
 * Validating the research report. Requirements and gaps are computed by code from the posting and
 * the material (the model may explain a gap, never remove one); an evidence quote must be the
 * person's own words; a company point must come from the posting or the user's notes, and says
 * which; "no gaps" is only said when code found none.
 */
import type { ApplicationInput, JobAnalysis, Positioning, ResearchData } from '../types.js';
import { COMPANY_SOURCE_NOTE } from '../render/research-report.js';
import { unsupportedFacts } from './facts.js';
import { checkRequirements, type RequirementCheck } from './gaps.js';
import { buildMaterial, type Material } from './material.js';
import { numbersIn } from './numbers.js';
import type { TruthReport } from './report.js';
import { sentencesOf } from './check-letter.js';
import { align } from './check-resume.js';
import { comparable, containment, contentStems, wordTokens } from './tokens.js';

const NO_GAPS =
  /\bno (?:real |significant |major |obvious )?gaps?\b|\bfully qualified\b|\bperfect (?:match|fit)\b|\bnothing (?:is )?missing\b/i;
const MEETS_ALL = /\b(?:meet|meets|match|matches|satisfy|satisfies|tick|ticks|cover|covers) (?:every|all)\b/i;
const REQUIREMENTS = /\b(?:requirements?|boxes|criteria)\b/i;

/** "You meet every requirement", "no gaps": what only code may conclude. */
function claimsNoGaps(sentence: string): boolean {
  return NO_GAPS.test(sentence) || (MEETS_ALL.test(sentence) && REQUIREMENTS.test(sentence));
}
const FROM_MEMORY =
  /\b(?:from memory|general knowledge|as is widely known|publicly known|according to (?:news|reports))\b/i;
const SOURCE_PREFIX = /^\s*(?:from (?:the )?(?:posting|job description|your notes|the notes|your context)\s*[:,-]\s*)/i;

interface Sources {
  posting: string;
  notes: string;
}

/** A company point is kept when its facts are in one source and most of its words in one sentence there. */
function sourceOfPoint(point: string, sources: Sources, built: Map<string, Material>): 'posting' | 'notes' | null {
  const stems = contentStems(point);
  for (const [name, text] of [
    ['posting', sources.posting],
    ['notes', sources.notes],
  ] as const) {
    if (!text.trim()) continue;
    const material = built.get(name) ?? buildMaterial([{ origin: name, text }]);
    built.set(name, material);
    if (unsupportedFacts(point, { material, lines: material.lines, allowedWords: new Set() }).length) continue;
    const best = Math.max(
      0,
      ...sentencesOf(text.replace(/\n+/g, '. ')).map((s) => containment(stems, contentStems(s))),
    );
    if (best >= 0.6 || containment(stems, contentStems(text)) >= 0.85) return name;
  }
  return null;
}

function checkCompanyPoints(points: string[], sources: Sources, report: TruthReport): string[] {
  const kept: string[] = [];
  const built = new Map<string, Material>();
  for (const raw of points) {
    const point = raw.replace(SOURCE_PREFIX, '').trim();
    if (/addressed to AI tools/i.test(point)) continue;
    const source = FROM_MEMORY.test(point) ? null : sourceOfPoint(point, sources, built);
    if (!source) {
      report.actions.push({
        action: 'removed',
        text: raw,
        reasons: ['Not in the posting or your notes (Job Forge has no web access, so facts from memory are not kept)'],
      });
      continue;
    }
    kept.push(`${source === 'posting' ? 'From the posting' : 'From your notes'}: ${point}`);
  }
  return kept;
}

/** The quoted parts of an evidence text ("Your resume: \"...\""), or the whole text when nothing is quoted. */
function quotesOf(evidence: string): string[] {
  const quoted: string[] = [];
  let open = -1;
  for (let i = 0; i < evidence.length; i++) {
    const ch = evidence[i]!;
    if (open < 0 && (ch === '"' || ch === '“')) open = i;
    else if (open >= 0 && (ch === '"' || ch === '”')) {
      if (i - open > 8) quoted.push(evidence.slice(open + 1, i));
      open = -1;
    }
  }
  return quoted.length ? quoted : [evidence.trim().replace(/^your (?:resume|material) ?: ?/i, '')];
}

function checkStrengths(
  strengths: Positioning['strengths'],
  material: Material,
  materialText: string,
  report: TruthReport,
) {
  const kept: Positioning['strengths'] = [];
  for (const strength of strengths) {
    const pointProblems = unsupportedFacts(strength.point, { material, lines: material.lines });
    if (pointProblems.length) {
      report.actions.push({
        action: 'removed',
        text: `${strength.point}: ${strength.evidence}`,
        reasons: pointProblems.map((p) => p.reason),
      });
      continue;
    }
    if (!strength.evidence.trim() || /^listed in your resume library\.?$/i.test(strength.evidence)) {
      kept.push(strength);
      continue;
    }
    const quotes = quotesOf(strength.evidence);
    if (quotes.every((q) => materialText.includes(comparable(q).replace(/[.;]$/, '')))) {
      kept.push(strength);
      continue;
    }
    const best = align(quotes.join(' '), material)[0];
    if (best && best.score >= 0.6) {
      const evidence = `Your resume: "${best.line.text.replace(/^\s*[-*•]\s+/, '')}"`;
      report.actions.push({
        action: 'replaced',
        text: strength.evidence,
        replacement: evidence,
        reasons: ['The quote is not word for word in your material; your own line is quoted instead'],
      });
      kept.push({ ...strength, evidence });
    } else {
      report.actions.push({
        action: 'removed',
        text: `${strength.point}: ${strength.evidence}`,
        reasons: ['The evidence quoted is not in your material'],
      });
    }
  }
  return kept;
}

export function gapsOf(checks: RequirementCheck[]): Positioning['gaps'] {
  return checks
    .filter((c) => !c.met)
    .map((c) => {
      const required = c.requirement.importance === 'must' ? 'Required' : 'Preferred';
      // Terms as the posting writes them ("PE", not "pe").
      const asWritten = (term: string) => {
        const at = c.requirement.text.toLowerCase().indexOf(term);
        return at >= 0 ? c.requirement.text.slice(at, at + term.length) : term;
      };
      const detail = c.inProgress.length
        ? `your material shows ${c.inProgress.map(asWritten).join(', ')} in progress`
        : c.years && c.years.found === 0
        ? 'your material does not show this experience with dates'
        : c.years && c.years.found < c.years.asked
        ? `your material shows about ${c.years.found} year${c.years.found === 1 ? '' : 's'} of it`
        : c.missing.length
        ? `${c.missing.map(asWritten).join(', ')} ${c.missing.length > 1 ? 'are' : 'is'} not in your material`
        : 'not shown in your material';
      return {
        gap: `${required}: ${c.requirement.text} (${detail})`.slice(0, 400),
        howToAddress: c.inProgress.length
          ? 'Say plainly where you are (for example, which exams you have passed and when you expect to finish); never present it as held.'
          : 'If you have it, add it to a library resume with a concrete example. If not, point to the closest experience you have and how you would close the gap; never claim it.',
      };
    });
}

export function checkResearch(
  data: ResearchData,
  codeAnalysis: JobAnalysis,
  application: ApplicationInput,
  material: Material,
  notes: string,
  report: TruthReport,
  now?: Date,
): ResearchData {
  const sources = { posting: application.jobDescription, notes };
  const materialText = comparable(material.lines.map((l) => l.text).join('\n'));
  const postingMaterial = buildMaterial([{ origin: 'posting', text: `${application.jobDescription}\n${notes}` }]);
  const roleSummaryOk =
    unsupportedFacts(data.analysis.roleSummary, { material: postingMaterial, lines: postingMaterial.lines }).length ===
    0;
  const analysis: JobAnalysis = {
    ...codeAnalysis,
    roleSummary:
      roleSummaryOk && data.analysis.roleSummary.trim() ? data.analysis.roleSummary : codeAnalysis.roleSummary,
  };
  const requirementChecks = checkRequirements(analysis, material, now);
  const codeGaps = gapsOf(requirementChecks);
  // The model's own gaps are kept only when they add one code did not judge, and say nothing false.
  const postingScope = {
    words: new Set(wordTokens(`${application.jobDescription} ${notes}`)),
    numbers: numbersIn(application.jobDescription),
  };
  const modelGaps = data.positioning.gaps.filter((g) => {
    const stems = contentStems(g.gap);
    if (/\b\d+\+? ?(?:years|yrs)\b/i.test(g.gap)) return false;
    if (
      requirementChecks.some(
        (c) =>
          containment(contentStems(c.requirement.text), stems) >= 0.5 ||
          containment(stems, contentStems(c.requirement.text)) >= 0.5,
      )
    )
      return false;
    return (
      unsupportedFacts(`${g.gap}. ${g.howToAddress}`, { material, lines: material.lines, extra: postingScope })
        .length === 0
    );
  });
  const gaps = [...codeGaps, ...modelGaps].slice(0, 12);
  const postingWords = new Set(
    wordTokens(`${application.jobDescription} ${application.companyName} ${application.roleTitle}`),
  );
  const summary = sentencesOf(data.positioning.summary).filter((sentence) => {
    if (gaps.length && claimsNoGaps(sentence)) {
      report.actions.push({
        action: 'replaced',
        text: sentence,
        reasons: [`Code found ${gaps.length} gap${gaps.length > 1 ? 's' : ''}; they are listed below`],
      });
      return false;
    }
    const problems = unsupportedFacts(sentence, {
      material,
      lines: material.lines,
      extra: { words: postingWords, numbers: numbersIn(application.jobDescription) },
    });
    if (problems.length)
      report.actions.push({ action: 'removed', text: sentence, reasons: problems.map((p) => p.reason) });
    return problems.length === 0;
  });
  const met = requirementChecks.filter((c) => c.met).length;
  const tally = `Checked by code: ${met} of ${requirementChecks.length} listed requirements are shown in your material${
    gaps.length ? `; ${gaps.length} gap${gaps.length > 1 ? 's are' : ' is'} listed below` : ', and no gaps were found'
  }.`;
  return {
    analysis,
    companyInsight: {
      points: checkCompanyPoints(data.companyInsight.points, sources, report).slice(0, 15),
      sourceNote: COMPANY_SOURCE_NOTE,
    },
    positioning: {
      strengths: checkStrengths(data.positioning.strengths, material, materialText, report),
      gaps,
      summary: [...summary, tally].join(' ').slice(0, 1500),
    },
  };
}
