import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '@jobforge/export';
import { ImportError, importResume, IMPORT_LIMITS } from '../src/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

async function failure(filename: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importResume({ filename, bytes });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`${filename} was imported`);
}

const ANA_ENTRIES = [
  '# Ana Martínez Ødegård',
  '### Senior Data Engineer, Transportes Ibéricos S.L. — 03/2020 – Present',
  '- Rebuilt the nightly warehouse load in Apache Airflow and dbt, cutting the run from 6 hours to 50 minutes while the volume of shipments kept growing every quarter.',
  '- Introduced data contracts between 5 product teams and the analytics platform.',
  '### Data Engineer, Nordlys Handel AS, Bergen — 2016 – 2020',
  '### M.Sc. Computer Engineering, Universidad de Sevilla (2014 – 2016)',
  '- Norwegian (good)',
];

function inOrder(markdown: string, lines: string[]) {
  let from = 0;
  for (const line of lines) {
    const at = markdown.indexOf(line, from);
    expect(at, line).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
}

/** A zip with one deflated entry; `declared` lets the directory lie about the unpacked size. */
function zipWith(name: string, content: Buffer, declared = content.length): Uint8Array {
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  // The local header and the central directory entry describe the entry with the same fields; the
  // central one has them 2 bytes later (after its "version made by").
  const header = (signature: number, size: number, shift: number) => {
    const bytes = Buffer.alloc(size);
    bytes.writeUInt32LE(signature, 0);
    bytes.writeUInt16LE(8, 8 + shift); // deflate
    bytes.writeUInt32LE(packed.length, 18 + shift);
    bytes.writeUInt32LE(declared, 22 + shift);
    bytes.writeUInt16LE(nameBytes.length, 26 + shift);
    return bytes;
  };
  const local = header(0x04034b50, 30, 0);
  const central = header(0x02014b50, 46, 2);
  central.writeUInt32LE(0, 42); // where the local header starts
  const directoryAt = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, packed, central, nameBytes, end]));
}

describe('importing a resume', () => {
  it('a PDF printed by Chromium: name, section headings, entries and bullets, words as written', async () => {
    const result = await importResume({ filename: 'Ana_Martinez.pdf', bytes: fixture('resume-chromium.pdf') });
    expect(result.format).toBe('pdf');
    expect(result.name).toBe('Ana Martinez');
    inOrder(result.markdown, [...ANA_ENTRIES.slice(0, 1), '## WORK EXPERIENCE', ...ANA_ENTRIES.slice(1)]);
  });

  it('a PDF that only forbids copying still opens and reads', async () => {
    const result = await importResume({ filename: 'cv.pdf', bytes: fixture('copy-protected.pdf') });
    inOrder(result.markdown, ANA_ENTRIES);
  });

  it('a Word file saved by LibreOffice', async () => {
    const result = await importResume({ filename: 'cv.docx', bytes: fixture('resume-libreoffice.docx') });
    expect(result.format).toBe('docx');
    inOrder(result.markdown, [...ANA_ENTRIES.slice(0, 1), '## Work Experience', ...ANA_ENTRIES.slice(1)]);
  });

  it('a plain text file with capitals for headings and • bullets', async () => {
    const result = await importResume({ filename: 'resume.txt', bytes: fixture('resume.txt') });
    expect(result.markdown).toBe(
      [
        '# JOHN O’BRIEN',
        'john.obrien@example.ie   +353 1 555 0100   Dublin',
        '## EXPERIENCE',
        '### Site Reliability Engineer — Emerald Cloud Ltd (Jan 2019 – Present)',
        '- Ran the on-call rotation for 120 services.\n- Cut paging noise by 60%.',
        '## EDUCATION',
        '### B.Eng. Electronic Engineering, University College Dublin (2011 – 2015)',
        '## SKILLS',
        'Kubernetes, Go, Prometheus',
      ].join('\n\n') + '\n',
    );
  });

  it('Markdown stays exactly as written', async () => {
    const markdown = '# Zoë\n\n## Experience\n\n- **Bold** claim, kept.\n';
    const result = await importResume({ filename: 'me.md', bytes: new TextEncoder().encode(`\uFEFF${markdown}`) });
    expect(result.markdown).toBe(markdown);
    expect(result.warnings).toEqual([]);
  });

  it('JSON Resume, including our own export read back: the same entries', async () => {
    const source =
      '# Jane Doe\njane@example.com · Berlin\n\n## Experience\n\n### Senior Engineer — Acme GmbH (Mar 2021 – Present)\n\n- Led 40 services.\n\n## Education\n\nB.Sc. Computer Science, Technical University of Munich (2013 – 2017)\n';
    const exported = await exportDocument({ kind: 'resume', markdown: source, format: 'json', title: 'x' });
    const result = await importResume({ filename: 'resume.json', bytes: exported.bytes });
    inOrder(result.markdown, [
      '# Jane Doe',
      'jane@example.com · Berlin',
      '## Experience',
      '### Senior Engineer — Acme GmbH (Mar 2021 – Present)',
      '- Led 40 services.',
      '## Education',
      '### B.Sc. Computer Science, Technical University of Munich (2013 – 2017)',
    ]);
    const sample = readFileSync(
      new URL('../../../node_modules/@jsonresume/schema/sample.resume.json', import.meta.url),
    );
    const fromSample = await importResume({ filename: 'sample.json', bytes: new Uint8Array(sample) });
    expect(fromSample.markdown).toMatch(/^# Richard Hendriks\n/);
    expect(fromSample.markdown).toContain('### CEO/President — Pied Piper, Palo Alto, CA (Dec 2013 – Dec 2014)');
  });

  describe('refuses, with a message that says what to do', () => {
    it('a password-protected PDF', async () => {
      const error = await failure('cv.pdf', fixture('encrypted.pdf'));
      expect(error.code).toBe('encrypted_pdf');
      expect(error.message).toMatch(/password.*export it again from your editor/i);
    });

    it('a scanned (image-only) PDF', async () => {
      const error = await failure('cv.pdf', fixture('scanned.pdf'));
      expect(error.code).toBe('no_text');
      expect(error.message).toMatch(/^This PDF has no text .*export it again from your editor/);
    });

    it('a file whose extension does not match what it is', async () => {
      const asPdf = await failure('cv.pdf', fixture('resume-libreoffice.docx'));
      expect(asPdf.code).toBe('wrong_extension');
      expect(asPdf.message).toBe(
        '"cv.pdf" is named .pdf but is a Word document or another zip file. Rename it with the right extension, or export it again from your editor.',
      );
      expect((await failure('cv.docx', fixture('resume-chromium.pdf'))).code).toBe('wrong_extension');
      expect((await failure('cv.txt', fixture('scanned.pdf'))).code).toBe('wrong_extension');
    });

    it('a format we do not read, and an empty file', async () => {
      expect((await failure('cv.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).message).toMatch(/old Word document/);
      expect((await failure('cv.exe', new Uint8Array([1]))).code).toBe('unsupported_type');
      expect((await failure('cv.pdf', new Uint8Array())).code).toBe('empty');
    });

    it('a file over 5 MB', async () => {
      const error = await failure('cv.pdf', new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1));
      expect(error.code).toBe('too_large');
      expect(error.message).toBe(
        '"cv.pdf" is 5.0 MB; resumes up to 5 MB can be imported. Export it again without images, or as plain text.',
      );
    });

    it('a DOCX zip bomb, whether it declares its size or lies about it', async () => {
      const huge = Buffer.alloc(IMPORT_LIMITS.maxUnpackedBytes + 1024 * 1024);
      const honest = zipWith('word/document.xml', huge);
      expect(honest.byteLength).toBeLessThan(200_000);
      expect((await failure('cv.docx', honest)).code).toBe('zip_bomb');
      const lying = zipWith('word/document.xml', Buffer.alloc(20 * 1024 * 1024), 1000);
      expect((await failure('cv.docx', lying)).code).toBe('zip_bomb');
    });

    it('a zip that is not a Word document, JSON that is not a resume', async () => {
      expect((await failure('cv.docx', zipWith('hello.txt', Buffer.from('hi')))).message).toMatch(
        /not a Word document/,
      );
      expect((await failure('cv.json', new TextEncoder().encode('{"hello": 1}'))).code).toBe('not_json_resume');
      expect((await failure('cv.json', new TextEncoder().encode('{oops'))).code).toBe('not_json_resume');
    });
  });
});
