import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { exportDocument, parseMarkdown, plainText, contactFromResume, type Block } from '../src/index.js';
import { coverLetter, nonLatinResume, researchReport, twoPageResume } from '../src/testing/sample-documents.js';

async function docxOf(markdown: string, options: Partial<Parameters<typeof exportDocument>[0]> = {}) {
  const file = await exportDocument({ kind: 'resume', markdown, format: 'docx', title: 'Test', ...options });
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return { file, document };
}

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function sourceHeadings(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'heading' ? [`h${block.level}:${plainText(block.runs).trim()}`] : [],
  );
}

function sourceItems(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'list'
      ? block.items.flatMap((item) => [plainText(item.runs).trim(), ...sourceItems(item.children)])
      : block.kind === 'quote'
      ? sourceItems(block.blocks)
      : [],
  );
}

function ownText(li: Element): string {
  // An item's own words, without the nested list inside it.
  const copy = li.cloneNode(true) as Element;
  copy.querySelectorAll('ul, ol').forEach((nested) => nested.remove());
  return text(copy);
}

describe('DOCX export', () => {
  for (const [name, markdown] of [
    ['two-page resume', twoPageResume],
    ['non-Latin resume', nonLatinResume],
    ['research report', researchReport],
  ] as const) {
    it(`${name}: read back with mammoth, the same headings and bullets in the same order`, async () => {
      const { document } = await docxOf(markdown, { template: 'modern' });
      const blocks = parseMarkdown(markdown);
      const headings = [...document.querySelectorAll('h1, h2, h3, h4')].map(
        (h) => `${h.tagName.toLowerCase()}:${text(h)}`,
      );
      expect(headings).toEqual(sourceHeadings(blocks));
      expect([...document.querySelectorAll('li')].map(ownText)).toEqual(sourceItems(blocks));
    });
  }

  it('uses Word numbering for ordered lists and bullets for the others', async () => {
    const { document } = await docxOf(researchReport);
    expect([...document.querySelectorAll('ol > li')].map(ownText)).toEqual([
      'Lead with the migration of 40 services.',
      'Address the Kubernetes gap with the ECS work.',
    ]);
    const { document: resume } = await docxOf(twoPageResume);
    expect(resume.querySelectorAll('ul > li').length).toBeGreaterThan(20);
  });

  it('keeps links live', async () => {
    const { document } = await docxOf(twoPageResume);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://github.com/janedoe');
  });

  it('sets A4 or US Letter as the page size', async () => {
    for (const [paper, size] of [
      ['a4', 'w:w="11906" w:h="16838"'],
      ['letter', 'w:w="12240" w:h="15840"'],
    ] as const) {
      const { file } = await docxOf(twoPageResume, { paper });
      const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
      expect(xml).toContain(size);
    }
  });

  it('a cover letter starts with the name as a heading, then the contact line and the date', async () => {
    const contact = contactFromResume(twoPageResume, { fullName: 'x', email: 'x@example.com' });
    const { document } = await docxOf(coverLetter, {
      kind: 'cover_letter',
      letter: { contact, date: 'November 29, 2026' },
    });
    const first = [...document.querySelectorAll('h1, p')].slice(0, 4).map(text);
    expect(first).toEqual([
      'Jane Doe',
      'jane.doe@example.com · +49 30 1234567 · Berlin · github.com/janedoe',
      'November 29, 2026',
      'Dear Acme hiring team,',
    ]);
  });
});
