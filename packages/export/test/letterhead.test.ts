import { describe, expect, it } from 'vitest';
import {
  contactFromResume,
  contentDisposition,
  exportDocument,
  fileStem,
  letterDate,
  letterheadFor,
} from '../src/index.js';
import { twoPageResume } from '../src/testing/sample-documents.js';

const account = { fullName: 'Jane Account', email: 'jane@account.example' };

describe('letterhead', () => {
  it('takes the name and the lines under it from the resume, links kept', () => {
    expect(contactFromResume(twoPageResume, account)).toEqual({
      name: 'Jane Doe',
      lines: ['jane.doe@example.com · +49 30 1234567 · Berlin · [github.com/janedoe](https://github.com/janedoe)'],
    });
  });

  it('falls back to the account when the resume has no name heading, or nothing under it', () => {
    expect(contactFromResume('## Experience\n\n- did things', account)).toEqual({
      name: 'Jane Account',
      lines: ['jane@account.example'],
    });
    expect(contactFromResume(null, account).name).toBe('Jane Account');
    expect(contactFromResume('# Jane Doe\n\n## Experience\n', account)).toEqual({
      name: 'Jane Doe',
      lines: ['jane@account.example'],
    });
  });

  it('writes the date as people on that paper write it', () => {
    expect(letterDate('2026-03-04', 'a4')).toBe('4 March 2026');
    expect(letterDate('2026-03-04', 'letter')).toBe('March 4, 2026');
    expect(letterDate('not a date', 'a4', new Date('2026-12-31T23:00:00Z'))).toBe('31 December 2026');
  });

  it('adds nothing the letter already has', () => {
    const contact = { name: 'Jane Doe', lines: ['jane@example.com'] };
    expect(letterheadFor('# Jane Doe\n\nDear team,', contact, '4 March 2026').markdown).toBe('');
    expect(letterheadFor('jane@example.com\n\nDear team,', contact, '4 March 2026')).toEqual({
      markdown: '# Jane Doe\n\n4 March 2026\n\n',
      subtitleParagraphs: 1,
    });
    expect(letterheadFor('4 March 2026\n\nDear team,', contact, '4 March 2026').markdown).toBe(
      '# Jane Doe\n\njane@example.com\n\n',
    );
  });

  it('the Markdown download of a letter carries the letterhead too', async () => {
    const file = await exportDocument({
      kind: 'cover_letter',
      markdown: 'Dear team,\n\nHello.\n',
      format: 'md',
      title: 'x',
      letter: { contact: { name: 'Jane Doe', lines: ['jane@example.com', '+1 555 0100'] }, date: 'March 4, 2026' },
    });
    expect(new TextDecoder().decode(file.bytes)).toBe(
      '# Jane Doe\n\njane@example.com  \n+1 555 0100\n\nMarch 4, 2026\n\nDear team,\n\nHello.\n',
    );
  });
});

describe('file names', () => {
  it('keeps letters of any script and drops what file systems refuse', () => {
    expect(fileStem('Acme — Platform Engineer / Berlin')).toBe('Acme-Platform-Engineer-Berlin');
    expect(fileStem('Zoë Łukasiewicz: Ζωή')).toBe('Zoë-Łukasiewicz-Ζωή');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('   ')).toBe('document');
  });

  it('sends an ASCII name and the UTF-8 name', () => {
    expect(contentDisposition('Zoë "CV".pdf')).toBe(
      `attachment; filename="Zoe _CV_.pdf"; filename*=UTF-8''Zo%C3%AB%20%22CV%22.pdf`,
    );
  });
});
