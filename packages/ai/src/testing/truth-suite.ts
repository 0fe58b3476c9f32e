/**
 * The truthfulness suite: every person's three phases through an engine whose model lies (the real
 * Anthropic SDK against the local mock), then counts what reached the saved documents: planted lies
 * that survived, and the person's own unaltered lines that were kept.
 */
import type { AiEngine } from '../engine-types.js';
import { bulletText, isBullet } from '../text/resume-structure.js';
import { applyResumeLies, lyingLetter } from './lying-responder.js';
import type { Person, PlantedLie } from './people/types.js';

export interface DocumentFigures {
  document: 'resume' | 'cover_letter' | 'research';
  planted: number;
  /** Lies whose marker is in the saved document. */
  saved: string[];
  /** The person's own lines the model left unaltered, and how many of them the saved document keeps. */
  ownLines: number;
  kept: number;
  /** Lines the model altered with a lie whose original text is back in the saved document. */
  restored: number;
  /** Checks that failed for another reason (a gap the report must name, a failed run). */
  problems: string[];
}

export interface PersonFigures {
  person: string;
  field: string;
  documents: DocumentFigures[];
}

function normalize(text: string): string {
  return text
    .replace(/[*_`#>]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function savedLies(document: string, lies: PlantedLie[]): string[] {
  const text = normalize(document);
  return lies.filter((lie) => text.includes(normalize(lie.marker))).map((lie) => lie.id);
}

/** Content lines of the base resume (bullets and plain lines, not headings). */
function ownLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^#{1,2}\s/.test(line) && !/^[A-Z ]{3,}$/.test(line))
    .map((line) => (isBullet(line) ? bulletText(line) : line.replace(/^#+\s*/, '')));
}

function keptShare(saved: string, lines: string[]): number {
  const text = normalize(saved);
  return lines.filter((line) => text.includes(normalize(line))).length;
}

export async function runPerson(engine: AiEngine, person: Person): Promise<PersonFigures> {
  const common = {
    application: person.application,
    library: person.library,
    candidate: { fullName: person.fullName },
    userContext: person.userContext,
  };
  const documents: DocumentFigures[] = [];
  const base = person.library.find((entry) => entry.isPrimary)!.content;

  // Research
  const researchLies: PlantedLie[] = [
    ...person.research.companyPoints,
    ...person.research.fakeEvidence,
    person.research.noGaps,
  ];
  let research: Awaited<ReturnType<AiEngine['research']>> | null = null;
  try {
    research = await engine.research(common);
    const gapSection = research.markdown.split(/^#+ .*gaps.*$/im)[1] ?? '';
    documents.push({
      document: 'research',
      planted: researchLies.length,
      saved: savedLies(research.markdown, researchLies),
      ownLines: 0,
      kept: 0,
      restored: 0,
      problems: person.research.expectedGaps
        .filter((gap) => !gapSection.toLowerCase().includes(gap.toLowerCase()))
        .map((gap) => `gap not named: ${gap}`),
    });
  } catch (error) {
    documents.push(failed('research', researchLies.length, error));
  }

  // Tailored resume
  const told = applyResumeLies(person, base);
  const unaltered = ownLines(base).filter((line) => normalize(told).includes(normalize(line)));
  const altered = ownLines(base).filter((line) => !normalize(told).includes(normalize(line)));
  let tailored: string | null = null;
  try {
    const resume = await engine.tailorResume({
      ...common,
      research: research && { markdown: research.markdown, data: research.data },
    });
    tailored = resume.markdown;
    documents.push({
      document: 'resume',
      planted: person.resumeLies.length,
      saved: savedLies(resume.markdown, person.resumeLies),
      ownLines: unaltered.length,
      kept: keptShare(resume.markdown, unaltered),
      restored: keptShare(resume.markdown, altered),
      problems: [],
    });
  } catch (error) {
    documents.push(failed('resume', person.resumeLies.length, error));
  }

  // Cover letter
  const truths = person.letterTruths
    .flatMap((t) => t.split('\n'))
    .filter((t) => normalize(lyingLetter(person)).includes(normalize(t)));
  try {
    const letter = await engine.writeCoverLetter({
      ...common,
      research: research && { markdown: research.markdown, data: research.data },
      tailoredResume: tailored,
    });
    documents.push({
      document: 'cover_letter',
      planted: person.letterLies.length,
      saved: savedLies(letter.markdown, person.letterLies),
      ownLines: truths.length,
      kept: keptShare(letter.markdown, truths),
      restored: 0,
      problems: [],
    });
  } catch (error) {
    documents.push(failed('cover_letter', person.letterLies.length, error));
  }
  return { person: person.key, field: person.field, documents };
}

function failed(document: DocumentFigures['document'], planted: number, error: unknown): DocumentFigures {
  return {
    document,
    planted,
    saved: [],
    ownLines: 0,
    kept: 0,
    restored: 0,
    problems: [`run failed: ${error instanceof Error ? error.message : String(error)}`],
  };
}

export interface SuiteTotals {
  planted: number;
  saved: number;
  ownLines: number;
  kept: number;
  restored: number;
  problems: number;
}

export function totals(figures: PersonFigures[], document?: DocumentFigures['document']): SuiteTotals {
  const docs = figures.flatMap((f) => f.documents).filter((d) => !document || d.document === document);
  return {
    planted: docs.reduce((n, d) => n + d.planted, 0),
    saved: docs.reduce((n, d) => n + d.saved.length, 0),
    ownLines: docs.reduce((n, d) => n + d.ownLines, 0),
    kept: docs.reduce((n, d) => n + d.kept, 0),
    restored: docs.reduce((n, d) => n + d.restored, 0),
    problems: docs.reduce((n, d) => n + d.problems.length, 0),
  };
}

/** A Markdown table: one row per person and document, then the totals. */
export function truthTable(figures: PersonFigures[]): string {
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((a / b) * 100)}%`);
  const rows = [
    '| person | field | document | planted | saved | own lines kept | restored | problems |',
    '|---|---|---|---:|---:|---:|---:|---|',
  ];
  for (const f of figures)
    for (const d of f.documents)
      rows.push(
        `| ${f.person} | ${f.field} | ${d.document} | ${d.planted} | ${d.saved.length}${
          d.saved.length ? ` (${d.saved.join(', ')})` : ''
        } | ${d.ownLines ? `${d.kept}/${d.ownLines} (${pct(d.kept, d.ownLines)})` : '–'} | ${d.restored || '–'} | ${
          d.problems.join('; ') || '–'
        } |`,
      );
  const t = totals(figures);
  rows.push(
    `| **all** | | | ${t.planted} | ${t.saved} | ${t.kept}/${t.ownLines} (${pct(t.kept, t.ownLines)}) | ${
      t.restored
    } | ${t.problems || '–'} |`,
  );
  return rows.join('\n');
}
