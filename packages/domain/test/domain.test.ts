import { describe, expect, it } from 'vitest';
import {
  applicationFields,
  email,
  formatDay,
  formOf,
  formatMoment,
  isHttpUrl,
  isUuid,
  markdownToText,
  excerpt,
  PHASE_DOCUMENT,
  PHASE_STATUS,
  statusReached,
  validateFields,
} from '../src/index.js';

describe('dates', () => {
  it('prints days and moments in UTC, the same on server and browser', () => {
    expect(formatDay('2026-11-25T23:30:00Z')).toBe('2026-11-25');
    expect(formatMoment(new Date('2026-09-05T04:03:00Z'))).toBe('5 Sep 2026, 04:03 UTC');
    expect(formatMoment('2026-11-25T00:00:00Z')).toBe('25 Nov 2026, 00:00 UTC');
  });
});

describe('fields', () => {
  it('accept http(s) addresses with a host only', () => {
    expect(isHttpUrl('https://example.com/jobs/1')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
    expect(isUuid('6f1c2f0e-8d5b-4b1a-9a43-3c1f6f0f2a11')).toBe(true);
    expect(isUuid('6f1c2f0e')).toBe(false);
  });

  it('check an email address length before its pattern, so a long input costs nothing', () => {
    const started = performance.now();
    const result = email().safeParse(`${'a'.repeat(100_000)}@${'a.'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['must be at most 255 characters']);
    expect(email().safeParse(' Ada@Example.com ').data).toBe('Ada@Example.com');
  });

  it('give a form one message per field, worded for the place under it', () => {
    const form = formOf({ name: applicationFields.companyName, url: applicationFields.jobUrl });
    expect(validateFields(form, { name: ' ', url: 'ftp://x' })).toEqual({
      name: 'Required',
      url: 'Must be an http:// or https:// address',
    });
  });
});

describe('phases', () => {
  it('map each phase to its document and the status it reaches', () => {
    expect(PHASE_DOCUMENT.resume).toBe('optimized_resume');
    expect(statusReached(PHASE_STATUS.cover_letter, PHASE_STATUS.research)).toBe(true);
    expect(statusReached('draft', PHASE_STATUS.research)).toBe(false);
  });
});

describe('markdownToText', () => {
  it('keeps the words, hyphens and parentheses, and drops the marks and link targets', () => {
    expect(markdownToText('# Ada\n\n- **Built** [engines](https://x)')).toBe('Ada Built engines');
    expect(markdownToText('Phone: (312) 555-0148 · *well-known* `code` ![logo](a.png)')).toBe(
      'Phone: (312) 555-0148 · well-known code',
    );
    expect(markdownToText('> quoted\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('quoted a b 1 2');
  });

  it('cuts an excerpt at a word and says so', () => {
    expect(excerpt('word '.repeat(100), 22)).toBe('word word word word…');
    expect(excerpt('short', 22)).toBe('short');
  });
});
