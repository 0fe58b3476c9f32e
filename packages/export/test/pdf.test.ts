import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { exportDocument, TEMPLATE_IDS, PAPER_SIZES, contactFromResume, letterDate } from '../src/index.js';
import {
  coverLetter,
  nonLatinResume,
  researchReport,
  threePageResume,
  twoPageResume,
} from '../src/testing/sample-documents.js';
import { firstMissingLine, visibleLines } from './support/lines.js';

async function pdfOf(markdown: string, options: Partial<Parameters<typeof exportDocument>[0]> = {}) {
  const file = await exportDocument({ kind: 'resume', markdown, format: 'pdf', title: 'Test', ...options });
  const pdf = await getDocumentProxy(file.bytes.slice());
  const { text } = await extractText(pdf, { mergePages: true });
  return { file, pdf, text };
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

describe('PDF export', () => {
  for (const template of TEMPLATE_IDS) {
    for (const paper of PAPER_SIZES) {
      it(`${template} on ${paper}: every line of the resume comes back out, in order`, async () => {
        const { file, pdf, text } = await pdfOf(twoPageResume, { template, paper });
        expect(file.contentType).toBe('application/pdf');
        expect(firstMissingLine(text, visibleLines(twoPageResume))).toBeNull();
        const [, , width, height] = (await pdf.getPage(1)).view;
        expect([Math.round(width!), Math.round(height!)]).toEqual(paper === 'a4' ? [595, 842] : [612, 792]);
      });
    }
  }

  it('embeds its fonts (subsets of Noto) and uses no font a reader would have to supply', async () => {
    const { file } = await pdfOf(twoPageResume, { template: 'modern' });
    const raw = latin1(file.bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('keeps links as link annotations', async () => {
    const { pdf } = await pdfOf(twoPageResume);
    const annotations = await (await pdf.getPage(1)).getAnnotations();
    const urls = annotations
      .filter((a: { subtype: string }) => a.subtype === 'Link')
      .map((a: { url?: string }) => a.url);
    expect(urls).toContain('https://github.com/janedoe');
  });

  it('writes the title and author into the document properties', async () => {
    const { pdf } = await pdfOf(twoPageResume, { title: 'Jane Doe — Resume', author: 'Jane Doe' });
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Title).toBe('Jane Doe — Resume');
    expect(info.Author).toBe('Jane Doe');
  });

  it('lays a long resume over three pages with nothing lost at the page breaks', async () => {
    const { pdf, text } = await pdfOf(threePageResume, { template: 'classic', paper: 'a4', author: 'Jane Doe' });
    expect(pdf.numPages).toBe(3);
    for (const page of [1, 2, 3]) expect(text).toContain(`Jane Doe · ${page} / 3`);
    expect(firstMissingLine(text, visibleLines(threePageResume))).toBeNull();
  });

  it('renders accented Latin, Greek and Cyrillic names exactly', async () => {
    for (const template of TEMPLATE_IDS) {
      const { text } = await pdfOf(nonLatinResume, { template });
      expect(firstMissingLine(text, visibleLines(nonLatinResume))).toBeNull();
      for (const name of ['Zoë Łukasiewicz-Ødegård', 'Αλέξανδρος Παπαδόπουλος', 'Анастасией Кузнецовой', 'Фёдором']) {
        expect(text.normalize('NFC')).toContain(name);
      }
    }
  });

  it('a cover letter opens with the name, the contact line from the resume and the date', async () => {
    const contact = contactFromResume(twoPageResume, { fullName: 'Jane Account', email: 'account@example.com' });
    const date = letterDate('2026-11-29', 'a4');
    const { text } = await pdfOf(coverLetter, { kind: 'cover_letter', letter: { contact, date } });
    expect(date).toBe('29 November 2026');
    expect(
      firstMissingLine(text, [
        'Jane Doe',
        'jane.doe@example.com · +49 30 1234567 · Berlin · github.com/janedoe',
        '29 November 2026',
        ...visibleLines(coverLetter),
      ]),
    ).toBeNull();
  });

  it('a composed letter in one PDF never spoils its base letter in the next (fontkit glyph cache)', async () => {
    // Subsetting "é" pulls in the glyph of "e"; before the cache was filled from the character map,
    // that glyph lost its character and later documents dropped every "e".
    await pdfOf('é ç ó Ά');
    const { text } = await pdfOf('Address the ECS work, once more.');
    expect(text).toBe('Address the ECS work, once more.');
  });

  it('documents rendered at the same time each come out whole', async () => {
    const sources = [nonLatinResume, 'Address the ECS work.', twoPageResume, 'Société générale, Ærø.'];
    const texts = await Promise.all(sources.map(async (markdown) => (await pdfOf(markdown)).text));
    texts.forEach((text, index) => expect(firstMissingLine(text, visibleLines(sources[index]!))).toBeNull());
  });

  it('a research report keeps its table, quote, list and rule text in order', async () => {
    const { text } = await pdfOf(researchReport, { kind: 'research_report' });
    expect(firstMissingLine(text, visibleLines(researchReport))).toBeNull();
  });
});
