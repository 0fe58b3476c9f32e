/**
 * The candidate's material as numbered source lines: every line of every library resume, the
 * user's notes and context. Each line knows its section and entry (a bullet belongs to the entry
 * header above it), so a generated line can be grounded in the lines it came from, not merely in
 * words found somewhere in the library.
 */
import { isBullet, sectionKindOf, type SectionKind } from '../text/resume-structure.js';
import { findSkillMentions } from '../offline/skills.js';
import { numbersIn, type NumberMention } from './numbers.js';
import { clauseAt, credentialsIn, employerMentions, heldPositions, PENDING_CUE } from './terms.js';
import { comparable, contentStems, plain, wordTokens } from './tokens.js';

export interface SourceLine {
  id: number;
  /** Library entry id, or 'notes'. */
  origin: string;
  text: string;
  comparable: string;
  stems: Set<string>;
  words: Set<string>;
  section: SectionKind | null;
  /** Lines of one entry (a header and its bullets) share this number. */
  entry: number;
  isHeading: boolean;
  isEntryHeader: boolean;
  isBullet: boolean;
  numbers: NumberMention[];
  /** Skills of the shipped vocabulary the line names (canonical names). */
  skills: Set<string>;
}

export interface Material {
  lines: SourceLine[];
  byComparable: Map<string, SourceLine>;
  /** Every word of the material, lowercased (and without dots in "B.S."). */
  words: Set<string>;
  /** Organisations the person worked or studied at (entry headers, "at X"). */
  employers: Set<string>;
  /** Words of positions the person held (entry headers, "served as charge nurse", the summary). */
  titleWords: Set<string>;
  /** Words the material only ever uses about something in progress ("working toward the CPA"). */
  pendingOnly: Set<string>;
  /** The whole material, comparable form, one line per source line, with a leading space. */
  text: string;
}

export interface MaterialSource {
  origin: string;
  text: string;
  /** Writing samples show a voice; their facts are the person's all the same. */
  kind?: 'resume' | 'notes' | 'sample';
}

const ENTRY_SECTIONS = new Set<SectionKind | null>(['experience', 'projects', 'education', 'certifications', 'other']);

export function buildMaterial(sources: MaterialSource[]): Material {
  const lines: SourceLine[] = [];
  const employers = new Set<string>();
  const titleWords = new Set<string>();
  const heldWords = new Set<string>();
  const pendingWords = new Set<string>();
  let entry = 0;
  for (const source of sources) {
    let section: SectionKind | null = null;
    let previousWasBullet = true;
    entry++;
    for (const raw of source.text.replace(/\r\n?/g, '\n').split('\n')) {
      if (!raw.trim()) continue;
      const kind = sectionKindOf(raw);
      if (kind) {
        section = kind;
        previousWasBullet = true;
      }
      const bullet = isBullet(raw);
      const isEntryHeader =
        !kind && !bullet && ENTRY_SECTIONS.has(section) && (/^\s*(#{3,6}\s|\*\*)/.test(raw) || previousWasBullet);
      if (isEntryHeader || kind) entry++;
      if (!kind) previousWasBullet = bullet;
      const text = plain(raw);
      const line: SourceLine = {
        id: lines.length,
        origin: source.origin,
        text: raw.trim(),
        comparable: comparable(raw),
        stems: contentStems(text),
        words: new Set(wordTokens(text)),
        section,
        entry,
        isHeading: Boolean(kind) || /^\s*#{1,2}\s/.test(raw),
        isEntryHeader,
        isBullet: bullet,
        numbers: numbersIn(text),
        skills: new Set(findSkillMentions(text).map((m) => m.skill.name)),
      };
      lines.push(line);
      if (isEntryHeader || section === 'header' || section === 'summary' || lines.length <= 2) {
        for (const w of line.words) titleWords.add(w);
      }
      if (isEntryHeader || section === 'education' || section === 'certifications')
        for (const part of text
          .split(/\s+/)
          .join(' ')
          .split(/ [—–|·•@-] | ?\| ?|, | at |\(/))
          addOrg(employers, part);
      for (const org of employerMentions(text)) addOrg(employers, org);
      for (const held of heldPositions(text)) for (const w of held) titleWords.add(w);
      for (const credential of credentialsIn(text)) {
        (PENDING_CUE.test(clauseAt(text, credential.start)) ? pendingWords : heldWords).add(credential.word);
      }
    }
  }
  const words = new Set<string>();
  for (const line of lines) for (const w of line.words) words.add(w);
  const byComparable = new Map<string, SourceLine>();
  for (const line of lines) if (!byComparable.has(line.comparable)) byComparable.set(line.comparable, line);
  const pendingOnly = new Set([...pendingWords].filter((w) => !heldWords.has(w)));
  const text = ` ${lines.map((l) => wordTokens(l.text).join(' ')).join(' \n ')} `;
  return { lines, byComparable, words, employers, titleWords, pendingOnly, text };
}

export function normalizeOrg(name: string): string {
  return wordTokens(name)
    .filter((w) => !/^(inc|llc|ltd|corp|corporation|gmbh|company|co|plc|ag|sa|the)$/.test(w))
    .join(' ');
}

function addOrg(set: Set<string>, part: string) {
  const year = part.search(/\b(?:19|20)\d{2}\b/);
  const org = normalizeOrg(year >= 0 ? part.slice(0, year) : part);
  if (org && org.split(' ').length <= 7) set.add(org);
}

/** Whether a named organisation is one the person worked or studied at (either name contains the other). */
export function isKnownEmployer(material: Material, name: string, allowed: string[] = []): boolean {
  const org = normalizeOrg(name);
  if (!org) return true;
  const known = [...material.employers, ...allowed.map(normalizeOrg)];
  return known.some((k) => k && (containsWords(k, org) || containsWords(org, k)));
}

export function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Lines of the same entry as a source line (its header, its other bullets). */
export function entryLines(material: Material, line: SourceLine): SourceLine[] {
  return material.lines.filter((l) => l.entry === line.entry && l.origin === line.origin);
}
