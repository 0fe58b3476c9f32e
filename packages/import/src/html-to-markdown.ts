/**
 * HTML (from mammoth's Word conversion, or a job posting) to plain Markdown: headings, paragraphs,
 * nested lists, bold, italics, links and table rows. Scripts, styles, forms and navigation are dropped;
 * nothing is ever interpreted, only read as text.
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'form',
  'button',
  'iframe',
  'img',
  'head',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'body',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

export function htmlToMarkdown(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  blocks(document.body as unknown as NodeLike, out, 0);
  return tidy(out.join(''));
}

/** Blank lines between blocks, no trailing spaces, at most one empty line in a row. */
export function tidy(markdown: string): string {
  const lines = markdown.split('\n').map((line) => line.trimEnd());
  const kept: string[] = [];
  for (const line of lines) {
    if (!line && (!kept.length || !kept[kept.length - 1])) continue;
    kept.push(line);
  }
  while (kept.length && !kept[kept.length - 1]) kept.pop();
  return kept.length ? `${kept.join('\n')}\n` : '';
}

function tag(node: NodeLike): string {
  return node.nodeName.toLowerCase();
}

function blocks(parent: NodeLike, out: string[], depth: number) {
  let inline: NodeLike[] = [];
  const flush = () => {
    const text = inlineText(inline).trim();
    if (text) out.push(`${text}\n\n`);
    inline = [];
  };
  for (const node of Array.from(parent.childNodes)) {
    const name = tag(node);
    if (node.nodeType === 8 || SKIP.has(name)) continue;
    if (node.nodeType !== 1 || !BLOCKS.has(name)) {
      inline.push(node);
      continue;
    }
    flush();
    if (/^h[1-6]$/.test(name)) {
      const text = inlineText(Array.from(node.childNodes)).trim();
      if (text) out.push(`${'#'.repeat(Number(name[1]))} ${text}\n\n`);
    } else if (name === 'ul' || name === 'ol') {
      list(node, out, depth, name === 'ol');
      if (depth === 0) out.push('\n');
    } else if (name === 'tr') {
      const cells = Array.from(node.childNodes)
        .filter((cell) => tag(cell) === 'td' || tag(cell) === 'th')
        .map((cell) => inlineText(Array.from(cell.childNodes)).trim())
        .filter(Boolean);
      if (cells.length) out.push(`${cells.join(' | ')}\n\n`);
    } else if (name === 'hr') {
      out.push('---\n\n');
    } else if (name === 'pre') {
      out.push(`${(node.textContent ?? '').trimEnd()}\n\n`);
    } else {
      blocks(node, out, depth);
    }
  }
  flush();
}

function list(node: NodeLike, out: string[], depth: number, ordered: boolean) {
  let number = 1;
  for (const item of Array.from(node.childNodes)) {
    if (tag(item) !== 'li') continue;
    const own = Array.from(item.childNodes).filter((child) => tag(child) !== 'ul' && tag(child) !== 'ol');
    const nested = Array.from(item.childNodes).filter((child) => tag(child) === 'ul' || tag(child) === 'ol');
    const text = inlineText(own).replace(/\n+/g, ' ').trim();
    const marker = ordered ? `${number}.` : '-';
    if (text) out.push(`${'  '.repeat(depth)}${marker} ${text}\n`);
    number += 1;
    for (const child of nested) list(child, out, depth + 1, tag(child) === 'ol');
  }
}

function inlineText(nodes: NodeLike[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.nodeType === 3) {
      text += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = tag(node);
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      text += '\n';
      continue;
    }
    const inner = inlineText(Array.from(node.childNodes));
    if (!inner.trim()) {
      text += inner;
    } else if (name === 'strong' || name === 'b') {
      text += wrap(inner, '**');
    } else if (name === 'em' || name === 'i') {
      text += wrap(inner, '*');
    } else if (name === 'a') {
      const href = node.getAttribute?.('href')?.trim() ?? '';
      const label = inner.trim();
      text +=
        /^(https?:|mailto:)/i.test(href) && href.replace(/^mailto:/i, '') !== label ? `[${label}](${href})` : inner;
    } else {
      text += inner;
    }
  }
  return text;
}

/** "** bold **" would not be bold in Markdown: the markers hug the words, spaces stay outside. */
function wrap(inner: string, marker: string): string {
  const start = inner.length - inner.trimStart().length;
  const end = inner.trimEnd().length;
  return `${inner.slice(0, start)}${marker}${inner.slice(start, end)}${marker}${inner.slice(end)}`;
}
