/**
 * Markdown to plain text, parsed (CommonMark and GitHub's tables, task lists and strike-through) rather than guessed at with patterns: marks, link targets and
 * images go; the words stay, hyphens and parentheses included ("(312) 555-0148"). One helper for
 * every excerpt, on the server and in the browser alike.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parents } from 'mdast';
import { gfm } from 'micromark-extension-gfm';

/** Blocks whose text is read as one piece; the pieces are joined with a space. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell', 'html']);

export function markdownToText(markdown: string): string {
  const pieces: string[] = [];
  const visit = (node: Nodes) => {
    if (TEXT_BLOCKS.has(node.type)) {
      pieces.push(toString(node, { includeImageAlt: false }));
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first `length` characters of the text, cut at a word where possible, with an ellipsis when cut. */
export function excerpt(markdown: string, length = 220): string {
  // Only the start can show: parse a prefix, so a 200,000-character document costs what a page does.
  const text = markdownToText(markdown.slice(0, Math.max(2_000, length * 8)));
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
