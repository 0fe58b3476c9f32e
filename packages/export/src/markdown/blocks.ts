/**
 * The document model every renderer draws: Markdown reduced to what a resume, a letter or a report
 * uses. Renderers never see Markdown syntax, so PDF, DOCX and the preview agree on structure.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** An http(s) or mailto address; other schemes are dropped and the text kept. */
  href?: string;
  /** A hard line break after this run. */
  breakAfter?: boolean;
}

export interface ListItem {
  runs: Run[];
  /** Nested lists and any further paragraphs of the item. */
  children: Block[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; runs: Run[] }
  /** `subtitle`: a line under the name (contact details, a letter's date), drawn smaller and muted. */
  | { kind: 'paragraph'; runs: Run[]; subtitle?: boolean }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: Run[][][] }
  | { kind: 'rule' };

export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text + (run.breakAfter ? '\n' : '')).join('');
}

/**
 * The paragraphs right under a document's opening level-1 heading (the person's name) are its
 * subtitle: the contact line of a resume. At most three, and only up to the first other block.
 */
export function markSubtitles(blocks: Block[]): Block[] {
  if (blocks[0]?.kind !== 'heading' || blocks[0].level !== 1) return blocks;
  let index = 1;
  while (index < blocks.length && index <= 3 && blocks[index]!.kind === 'paragraph') index += 1;
  // A letter or note with no section after the name has a body, not a subtitle.
  if (index >= blocks.length || blocks[index]!.kind === 'paragraph') return blocks;
  return blocks.map((block, i) =>
    i > 0 && i < index && block.kind === 'paragraph' ? { ...block, subtitle: true } : block,
  );
}
