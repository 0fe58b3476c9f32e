import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exportDocument, parseMarkdown, toJsonResume, validateJsonResume } from '../src/index.js';
import { nonLatinResume, twoPageResume } from '../src/testing/sample-documents.js';

const require = createRequire(import.meta.url);

async function jsonOf(markdown: string) {
  const file = await exportDocument({ kind: 'resume', markdown, format: 'json', title: 'Test' });
  expect(file.contentType).toBe('application/json; charset=utf-8');
  return JSON.parse(new TextDecoder().decode(file.bytes));
}

describe('JSON Resume export', () => {
  it('validates against the published schema, and the validator does refuse bad documents', () => {
    expect(validateJsonResume(require('@jsonresume/schema/sample.resume.json')).valid).toBe(true);
    const bad = validateJsonResume({ basics: { email: 'not an email' }, work: [{ startDate: 'March 2021' }] });
    expect(bad.valid).toBe(false);
    expect(bad.errors.join('\n')).toMatch(/basics\.email/);
    expect(bad.errors.join('\n')).toMatch(/work\[0\]\.startDate/);
  });

  it('maps the name, contact line, positions, skills, education and certificates, words kept as written', async () => {
    const resume = await jsonOf(twoPageResume);
    expect(validateJsonResume(resume)).toEqual({ valid: true, errors: [] });
    expect(resume.basics).toMatchObject({
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      phone: '+49 30 1234567',
      location: { city: 'Berlin' },
      profiles: [{ network: 'GitHub', username: 'janedoe', url: 'https://github.com/janedoe' }],
    });
    expect(resume.basics.summary).toMatch(/^Backend engineer with 12 years/);
    expect(resume.work).toHaveLength(5);
    expect(resume.work[0]).toMatchObject({
      name: 'Acme Payments GmbH',
      position: 'Senior Software Engineer',
      startDate: '2023-03',
    });
    expect(resume.work[0].endDate).toBeUndefined();
    expect(resume.work[1]).toMatchObject({ name: 'Northwind Analytics', startDate: '2021-03', endDate: '2023-02' });
    expect(resume.work[0].highlights).toHaveLength(5);
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Python', 'TypeScript', 'SQL', 'Go'] },
      { name: 'Platforms', keywords: ['Docker', 'AWS', 'Terraform', 'PostgreSQL', 'Redis', 'Kafka'] },
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'Technical University of Munich',
        studyType: 'B.Sc.',
        area: 'Computer Science',
        startDate: '2009',
        endDate: '2013',
      },
    ]);
    expect(resume.certificates).toEqual([{ name: 'AWS Certified Solutions Architect – Associate', date: '2022' }]);
  });

  it('keeps Greek, Cyrillic and accented names and employers exactly', async () => {
    const resume = await jsonOf(nonLatinResume);
    expect(validateJsonResume(resume).valid).toBe(true);
    expect(resume.basics.name).toBe('Zoë Łukasiewicz-Ødegård');
    expect(resume.work.map((w: { name: string; position: string }) => [w.position, w.name])).toEqual([
      ['Αρχιτέκτονας Λογισμικού', 'Αθηναϊκή Τράπεζα Α.Ε.'],
      ['Ведущий инженер', 'ООО «Северный Ветер»'],
      ['Développeuse', 'Société Générale'],
    ]);
    expect(resume.work[1].location).toBe('Санкт-Петербург');
  });

  it('keeps sections JSON Resume has no place for under meta, and leaves out empty values', () => {
    const resume = toJsonResume(
      parseMarkdown('# A B\n\n## Experience\n\n### Engineer — Acme\n\n## Hobbies and such\n\nClimbing, chess.\n'),
      { now: new Date('2026-01-02T03:04:05Z') },
    );
    expect(resume.work).toEqual([{ name: 'Acme', position: 'Engineer' }]);
    expect(resume.meta).toEqual({
      version: 'v1.0.0',
      lastModified: '2026-01-02T03:04:05',
      jobforge: { sections: [{ title: 'Hobbies and such', lines: ['Climbing, chess.'] }] },
    });
    expect(validateJsonResume(resume).valid).toBe(true);
  });

  it('is only offered for resumes', async () => {
    await expect(
      exportDocument({ kind: 'cover_letter', markdown: 'Dear team,', format: 'json', title: 'x' }),
    ).rejects.toThrow(/resumes only/);
  });
});
