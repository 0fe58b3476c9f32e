/**
 * Markdown (CommonMark + GitHub tables, strikethrough and autolinks, as the app's preview reads it)
 * to the block model. Raw HTML is kept as the characters the person typed, never interpreted.
 */
import type { BlockContent, DefinitionContent, ListItem as MdListItem, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, ListItem, Run } from './blocks.js';

type Style = Pick<Run, 'bold' | 'italic' | 'code' | 'strike' | 'href'>;

export function parseMarkdown(markdown: string): Block[] {
  // Composed letters (NFC) and no typographic ligature characters: what the PDF draws is then
  // exactly what a reader extracts and searches for.
  const text = markdown
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'));
  const tree = fromMarkdown(text, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  return blocksOf(tree.children);
}

function blocksOf(nodes: ReadonlyArray<RootContent | BlockContent | DefinitionContent>): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: Math.min(node.depth, 4) as 1 | 2 | 3 | 4, runs: runsOf(node.children) });
        break;
      case 'paragraph': {
        const runs = runsOf(node.children);
        if (runs.some((run) => run.text.trim())) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'list':
        blocks.push({
          kind: 'list',
          ordered: Boolean(node.ordered),
          start: node.start ?? 1,
          items: node.children.map(listItemOf),
        });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: blocksOf(node.children) });
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value });
        break;
      case 'html':
        if (node.value.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: node.value }] });
        break;
      case 'table':
        blocks.push({
          kind: 'table',
          rows: node.children.map((row) => row.children.map((cell) => runsOf(cell.children))),
        });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'rule' });
        break;
      default:
        // Definitions, footnote definitions and front matter have no place in a printed document.
        break;
    }
  }
  return blocks;
}

function listItemOf(item: MdListItem): ListItem {
  const [first, ...rest] = item.children;
  const checkbox = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
  if (first?.type === 'paragraph') {
    const runs = runsOf(first.children);
    if (checkbox) runs.unshift({ text: checkbox });
    return { runs, children: blocksOf(rest) };
  }
  return { runs: checkbox ? [{ text: checkbox }] : [], children: blocksOf(item.children) };
}

function runsOf(nodes: PhrasingContent[], style: Style = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        pushText(runs, node.value, style);
        break;
      case 'strong':
        runs.push(...runsOf(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...runsOf(node.children, { ...style, italic: true }));
        break;
      case 'delete':
        runs.push(...runsOf(node.children, { ...style, strike: true }));
        break;
      case 'inlineCode':
        runs.push({ ...style, code: true, text: node.value });
        break;
      case 'link': {
        const href = safeHref(node.url);
        runs.push(...runsOf(node.children, href ? { ...style, href } : style));
        break;
      }
      case 'image':
        runs.push({ ...style, text: node.alt ? `[image: ${node.alt}]` : '[image]' });
        break;
      case 'break':
        if (runs.length) runs[runs.length - 1] = { ...runs[runs.length - 1]!, breakAfter: true };
        break;
      case 'html':
        runs.push({ ...style, text: node.value });
        break;
      default:
        if ('value' in node && typeof node.value === 'string') runs.push({ ...style, text: node.value });
        else if ('children' in node) runs.push(...runsOf(node.children as PhrasingContent[], style));
    }
  }
  return mergeRuns(runs);
}

/** A soft line break inside a paragraph reads as a space, as in the app's preview. */
function pushText(runs: Run[], value: string, style: Style) {
  const lines = value.split('\n');
  const text = lines
    .map((line, index) => {
      const start = index > 0 ? line.trimStart() : line;
      return index < lines.length - 1 ? start.trimEnd() : start;
    })
    .join(' ');
  if (text) runs.push({ ...style, text });
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && !last.breakAfter && sameStyle(last, run)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text, breakAfter: run.breakAfter };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function sameStyle(a: Run, b: Run): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.code) === Boolean(b.code) &&
    Boolean(a.strike) === Boolean(b.strike) &&
    a.href === b.href
  );
}

/** Links survive into the file only with schemes a reader can follow safely. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(trimmed)) return trimmed;
  if (/^www\./i.test(trimmed)) return `https://${trimmed}`;
  return undefined;
}
