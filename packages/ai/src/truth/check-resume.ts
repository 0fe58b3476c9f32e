/**
 * Grounding a tailored resume line by line. Each line is matched with the source line(s) it came
 * from; an unchanged line stands, a changed line must carry only facts its source lines support.
 * A changed line that fails is put back to its source text; a line with no source and unsupported
 * facts is removed; in a list, only the unsupported items go.
 */
import { isBullet, sectionKindOf, type SectionKind } from '../text/resume-structure.js';
import { findSkillMentions } from '../offline/skills.js';
import { unsupportedFacts, type Problem } from './facts.js';
import { entryLines, type Material, type SourceLine } from './material.js';
import type { CheckAction, TruthReport } from './report.js';
import { comparable, contentStems, normalizeDates, overlap, plain, stemOf, wordTokens } from './tokens.js';
import { trimEndChars } from '../text/trim.js';

/** Below this overlap a changed line is new content, not an edit of a source line. */
const EDIT_THRESHOLD = 0.45;

interface Aligned {
  line: SourceLine;
  score: number;
}

export function align(text: string, material: Material, exclude?: (line: SourceLine) => boolean): Aligned[] {
  const stems = contentStems(plain(text));
  return material.lines
    .filter((line) => !line.isHeading && !(exclude?.(line) ?? false))
    .map((line) => ({ line, score: overlap(stems, line.stems) }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2);
}

type LineKind = 'blank' | 'heading' | 'entry_header' | 'list' | 'bullet' | 'text';

function classify(lines: string[]): Array<{ kind: LineKind; section: SectionKind | null }> {
  let section: SectionKind | null = null;
  let previousWasBullet = true;
  return lines.map((text) => {
    if (!text.trim()) return { kind: 'blank', section };
    const heading = sectionKindOf(text);
    if (heading) {
      section = heading;
      previousWasBullet = true;
      return { kind: 'heading', section };
    }
    if (/^\s*#{1,2}\s/.test(text)) return { kind: 'heading', section };
    const bullet = isBullet(text);
    const inEntries = section === 'experience' || section === 'projects' || section === 'education';
    const entryHeader = !bullet && inEntries && (/^\s*(#{3,6}\s|\*\*)/.test(text) || previousWasBullet);
    previousWasBullet = bullet;
    if (isList(text, section)) return { kind: 'list', section };
    if (entryHeader) return { kind: 'entry_header', section };
    return { kind: bullet ? 'bullet' : 'text', section };
  });
}

/** A skills line, or a labelled list ("Tools: Epic, Pyxis, Alaris"); an entry header with pipes is not a list. */
function isList(text: string, section: SectionKind | null): boolean {
  const { items, prefix } = listBody(text);
  if (section === 'skills') return items.length >= 2;
  if (/\b(?:19|20)\d{2}\b|present/i.test(text)) return false;
  return items.length >= 3 && /:\s*$|\*\*\s*$/.test(prefix.trim() ? prefix.trim() : 'x');
}

function listBody(line: string): { prefix: string; items: string[]; separator: string } {
  // `s`: the rest of the line always matches, so the prefix is never retried from other splits.
  const match = line.match(/^(\s*(?:[-*•]\s+)?(?:\*\*[^*]+\*\*:?|[^:,]{1,40}:)?\s*)(.*)$/s)!;
  const body = match[2]!;
  const separator = body.includes(',')
    ? ','
    : body.includes('|')
    ? '|'
    : body.includes('·')
    ? '·'
    : body.includes(';')
    ? ';'
    : '';
  if (!separator) return { prefix: match[1]!, items: [], separator };
  // Commas inside parentheses belong to one item: "AWS (ECS, S3, RDS)".
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === separator && depth === 0) {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  items.push(current.trim());
  return { prefix: match[1]!, items: items.filter(Boolean), separator };
}

/** An item of a skills list is supported when its words, or the skill it names, are in the material. */
function itemProblems(item: string, material: Material, materialSkills: Set<string>): string[] {
  const words = wordTokens(plain(item)).filter((w) => !/^(and|or|of|the|with|in|for|&)$/.test(w));
  if (words.every((w) => material.words.has(w))) return [];
  const skills = findSkillMentions(item).filter((m) => m.skill.verifiable);
  if (skills.length > 0 && skills.every((m) => materialSkills.has(m.skill.name))) {
    const rest = wordTokens(item).filter((w) => !skills.some((m) => wordTokens(m.surface).includes(w)));
    if (rest.every((w) => material.words.has(w) || w.length <= 2)) return [];
  }
  const missing = new Set(words.filter((w) => !material.words.has(w)));
  const written = plain(item)
    .split(/\s+/)
    .filter((w) => wordTokens(w).some((t) => missing.has(t)));
  return [`"${written.join(' ') || [...missing].join(' ')}" is not in your material`];
}

/** Verbs that claim charge of people or work: a line may use one only where its source does. */
const LEAD_STEMS = [
  'lead',
  'led',
  'supervis',
  'manag',
  'direct',
  'head',
  'oversaw',
  'overse',
  'own',
  'spearhead',
  'chair',
];

/**
 * What an edited line says that its source lines do not: a verb of charge ("Lead" for "Manage"),
 * the posting's own terms laid onto the person's work ("commercial litigation" cases), or a new
 * clause ("and building weekly labor plans for the whole building"). A summary is only held to the
 * posting's terms, as it may gather facts from the whole material.
 */
function addedContent(line: string, scope: SourceLine[], postingStems: Set<string>, summary: boolean): Problem | null {
  const scopeStems = new Set(scope.flatMap((l) => [...l.stems]));
  const fresh = [...contentStems(plain(line))].filter((s) => !scopeStems.has(s) && s.length > 2);
  if (fresh.length === 0) return null;
  const fromPosting = fresh.filter((s) => postingStems.has(s));
  const leads = fresh.filter((s) => LEAD_STEMS.some((v) => s.startsWith(v)));
  const added =
    (!summary && (leads.length > 0 || fresh.length >= 4 || fromPosting.length >= 2)) ||
    (summary && fromPosting.length >= 3);
  if (!added) return null;
  const stems = new Set(leads.length ? leads : fromPosting.length >= 2 ? fromPosting : fresh);
  // The words as written, not their stems.
  const written = plain(line)
    .split(/\s+/)
    .map((w) => trimEndChars(w, '.,;:()'))
    .filter((w) => wordTokens(w).some((t) => stems.has(stemOf(t))));
  const shown = [...new Set(written)].slice(0, 5).join(', ');
  return { kind: 'name', value: shown, reason: `it adds what the line it came from does not say (${shown})` };
}

export function checkResume(
  markdown: string,
  material: Material,
  report: TruthReport,
  options: { posting?: string } = {},
): string {
  const postingStems = contentStems(options.posting ?? '');
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const kinds = classify(lines);
  const output: Array<string | null> = [...lines];
  const used = new Set<number>();
  const materialSkills = new Set(material.lines.flatMap((l) => [...l.skills]));

  // First pass: lines that are the person's own text, unchanged.
  const unchanged = lines.map((line) => material.byComparable.get(comparable(line)));
  for (const source of unchanged) if (source) used.add(source.id);

  let inventedEntry = false;
  lines.forEach((line, i) => {
    const { kind, section } = kinds[i]!;
    if (kind === 'entry_header' || kind === 'heading') inventedEntry = false;
    if (kind === 'blank') return;
    if (inventedEntry && kind !== 'entry_header' && kind !== 'heading') {
      // Work under an employer or position the material does not have is not the person's.
      output[i] = null;
      report.actions.push({
        action: 'removed',
        text: line.trim(),
        reasons: ['It belongs to an entry that is not in your material'],
      });
      return;
    }
    if (unchanged[i]) return;
    if (kind === 'heading') {
      const problems = unsupportedFacts(plain(line), { material, lines: material.lines });
      if (problems.some((p) => p.kind !== 'name')) output[i] = null;
      return;
    }
    if (kind === 'list') {
      output[i] = checkList(line, material, materialSkills, report);
      return;
    }
    const aligned = align(line, material, (l) => used.has(l.id) && !l.isEntryHeader);
    const best = aligned[0];
    const isEdit = best !== undefined && best.score >= EDIT_THRESHOLD;
    let problems: Problem[];
    if (
      kind === 'entry_header' ||
      (!isBullet(line) && section !== 'summary' && section !== 'header' && kind === 'text')
    ) {
      // Headers, education and certification lines state facts only: every word must be the source's.
      const source = isEdit ? best.line : null;
      const allowed = new Set(
        (source ? entryLines(material, source) : []).flatMap((l) => wordTokens(normalizeDates(plain(l.text)))),
      );
      const missing = wordTokens(normalizeDates(plain(line))).filter(
        (w) => !allowed.has(w) && !/^(and|of|the|in|at|to|present|current|now)$/.test(w),
      );
      problems = missing.length
        ? [
            {
              kind: 'name',
              value: missing.join(' '),
              reason: `"${missing.join(' ')}" is not in ${source ? 'the line it came from' : 'your material'}`,
            },
          ]
        : [];
    } else {
      const scopeLines =
        section === 'summary' || section === 'header' || !isEdit
          ? material.lines
          : [...new Set([...aligned.map((a) => a.line), ...entryLines(material, best.line)])];
      problems = unsupportedFacts(plain(line), { material, lines: scopeLines, titlePhrases: true });
      const added =
        isEdit || section === 'summary' ? addedContent(line, scopeLines, postingStems, section === 'summary') : null;
      if (added) problems.push(added);
    }
    if (problems.length === 0) return;
    const reasons = problems.map((p) => p.reason);
    if (isEdit && !used.has(best.line.id)) {
      used.add(best.line.id);
      output[i] = rebuildLine(line, best.line.text);
      report.actions.push({
        action: 'restored',
        text: line.trim(),
        replacement: best.line.text,
        reasons,
        facts: factsOf(problems),
      });
    } else {
      output[i] = null;
      report.actions.push({ action: 'removed', text: line.trim(), reasons, facts: factsOf(problems) });
      if (kind === 'entry_header') inventedEntry = true;
    }
  });
  return (
    output
      .filter((l): l is string => l !== null)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** The source text in the generated line's form: its bullet marker, or its heading level. */
function rebuildLine(generated: string, source: string): string {
  const marker = generated.match(/^\s*(?:[-*•]\s+|#{1,6}\s+)/)?.[0];
  const sourceBody = source.replace(/^\s*(?:[-*•▪◦‣]\s+|\d+[.)]\s+|#{1,6}\s+)/, '');
  return marker ? `${marker}${sourceBody}` : source;
}

function checkList(line: string, material: Material, materialSkills: Set<string>, report: TruthReport): string | null {
  const { prefix, items, separator } = listBody(line);
  const kept: string[] = [];
  for (const item of items) {
    const reasons = itemProblems(item, material, materialSkills);
    if (reasons.length === 0) kept.push(item);
    else
      report.actions.push({
        action: 'removed_item',
        text: item,
        reasons,
        facts: [{ kind: 'skill', value: plain(item) }],
      });
  }
  if (kept.length === items.length) return line;
  if (kept.length === 0) return null;
  const joiner = separator === ',' || separator === ';' ? `${separator} ` : ` ${separator} `;
  return `${prefix}${kept.join(joiner)}`;
}

export type { CheckAction };

function factsOf(problems: Problem[]) {
  return problems.map((p) => ({ kind: p.kind, value: p.value }));
}
