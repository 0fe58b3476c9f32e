import { describe, expect, it } from 'vitest';
import { filterApplications, type ApplicationSummary } from '~/components/app-navbar';
import { readApiFailure } from '~/lib/api-errors';
import { excerpt, formatMoment } from '@jobforge/domain';
import { loginPathFor, safeRedirectPath } from '~/lib/safe-redirect';
import { describeUserAgent } from '~/lib/user-agent';
import { nameFromFileName, uploadProblem, validateApplication, validateLogin, validateRegister } from '~/lib/forms';
import { countByStatus } from '~/routes/_app._index';
import { lastSucceededRuns } from '~/routes/_app.applications.$applicationId';

describe('safeRedirectPath', () => {
  it.each([
    ['/applications/1?tab=cover_letter', '/applications/1?tab=cover_letter'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?redirectTo=/x', '/'],
    ['/ok\nSet-Cookie: x', '/'],
    [null, '/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it('builds the way back to the page that needed a sign-in', () => {
    expect(loginPathFor('http://x/resumes?a=1')).toBe('/login?redirectTo=%2Fresumes%3Fa%3D1');
    expect(loginPathFor('http://x/')).toBe('/login');
  });
});

describe('form checks', () => {
  it('name each problem field of an application', () => {
    const errors = validateApplication({
      companyName: ' ',
      roleTitle: 'x'.repeat(256),
      jobDescription: 'ok',
      jobUrl: 'javascript:alert(1)',
      location: '',
      priorityLevel: 'urgent',
      additionalContext: '',
    });
    expect(errors).toEqual({
      companyName: 'Required',
      roleTitle: 'Must be at most 255 characters',
      jobUrl: 'Must be an http:// or https:// address',
      priorityLevel: 'Must be one of: low, medium, high',
    });
  });

  it('count password length in characters, not bytes', () => {
    expect(validateRegister({ fullName: 'A', email: 'a@b.co', password: '🔑🔑🔑🔑🔑🔑🔑' }).password).toMatch(
      /at least 8/,
    );
    expect(validateRegister({ fullName: 'A', email: 'a@b.co', password: '🔑🔑🔑🔑🔑🔑🔑🔑' }).password).toBeUndefined();
  });

  it('check the email address length before any pattern, and the pattern is linear', () => {
    // 200 KB of the shape that made the old pattern backtrack quadratically (tens of seconds).
    const hostile = `a@${'.'.repeat(200_000)} `;
    expect(validateLogin({ email: hostile, password: 'x' }).email).toBe('Must be at most 255 characters');
    expect(validateLogin({ email: `a@${'.'.repeat(240)}`, password: 'x' }).email).toMatch(/email address/);
    expect(validateLogin({ email: ' ada@example.co.uk ', password: 'x' }).email).toBeUndefined();
    expect(validateLogin({ email: 'ada@example', password: 'x' }).email).toMatch(/email address/);
    expect(validateLogin({ email: 'ada@@example.com', password: 'x' }).email).toMatch(/email address/);
  });

  it('accept only Markdown or text uploads of a usable size', () => {
    expect(uploadProblem({ name: 'cv.MD', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'cv.txt', size: 0 })).toMatch(/empty/);
    expect(uploadProblem({ name: 'cv.docx', size: 10 })).toMatch(/\.md/);
    expect(uploadProblem({ name: 'cv.md', size: 10_000_000 })).toMatch(/too large/);
    expect(nameFromFileName('senior_backend-resume.v2.md')).toBe('Senior backend resume.v2');
  });
});

describe('readApiFailure', () => {
  it('turns rejected input into messages per field', () => {
    const error = Object.assign(new Error('x'), {
      name: 'TRPCError',
      code: 'BAD_REQUEST',
      cause: {
        issues: [
          { path: ['companyName'], message: 'is required' },
          { path: ['jobUrl'], message: 'must be an http:// or https:// address' },
        ],
      },
    });
    expect(readApiFailure(error)).toMatchObject({
      status: 400,
      fieldErrors: { companyName: 'Required', jobUrl: 'Must be an http:// or https:// address' },
    });
  });

  it('keeps the API’s message for other codes and ignores foreign errors', () => {
    const conflict = Object.assign(new Error('Saved elsewhere'), { name: 'TRPCError', code: 'CONFLICT' });
    expect(readApiFailure(conflict)).toMatchObject({ status: 409, message: 'Saved elsewhere', fieldErrors: {} });
    expect(readApiFailure(new Error('boom'))).toBeNull();
  });
});

describe('small helpers', () => {
  const apps: ApplicationSummary[] = [
    {
      id: '1',
      name: 'acme_rockets_staff_engineer_2026_11_29',
      companyName: 'Acme Rockets',
      roleTitle: 'Staff Engineer',
      status: 'draft',
      priorityLevel: 'high',
      createdAt: new Date(),
    },
    {
      id: '2',
      name: 'globex_data_engineer_2026_11_29',
      companyName: 'Globex',
      roleTitle: 'Data Engineer',
      status: 'resume_ready',
      priorityLevel: 'low',
      createdAt: new Date(),
    },
  ];

  it('filter the sidebar by words and status', () => {
    expect(filterApplications(apps, 'engineer', '').map((a) => a.id)).toEqual(['1', '2']);
    expect(filterApplications(apps, 'acme staff', '').map((a) => a.id)).toEqual(['1']);
    // The generated name, as copied from the application page.
    expect(filterApplications(apps, 'globex_data_engineer_2026', '').map((a) => a.id)).toEqual(['2']);
    expect(filterApplications(apps, '', 'resume_ready').map((a) => a.id)).toEqual(['2']);
    expect(countByStatus(apps.map((a) => a.status))).toEqual({
      draft: 1,
      research_complete: 0,
      resume_ready: 1,
      cover_letter_ready: 0,
    });
  });

  it('describe devices and dates the same on server and browser', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36')).toBe(
      'Chrome on Linux',
    );
    expect(describeUserAgent('curl/8.5.0')).toBe('Script');
    expect(describeUserAgent(null)).toBe('Unknown device');
    expect(formatMoment('2026-11-25T14:03:00Z')).toBe('25 Nov 2026, 14:03 UTC');
    expect(excerpt('# Ada\n\n- **Built** [engines](https://x)')).toBe('Ada Built engines');
    expect(excerpt('Ada Lovelace · (312) 555-0148 · ada@example.com')).toBe(
      'Ada Lovelace · (312) 555-0148 · ada@example.com',
    );
  });
});

describe('lastSucceededRuns', () => {
  it('credits each phase to its newest successful run', () => {
    const base = {
      inputTokens: 10,
      outputTokens: 5,
      costUsd: '0.001000',
      finishedAt: null,
      model: 'claude-sonnet-4-5',
    };
    const credits = lastSucceededRuns([
      { ...base, phase: 'research', status: 'failed', engine: 'claude' },
      { ...base, phase: 'research', status: 'succeeded', engine: 'offline', model: 'jobforge-offline-v1' },
      { ...base, phase: 'research', status: 'succeeded', engine: 'claude' },
      { ...base, phase: 'resume', status: 'succeeded', engine: 'claude' },
    ]);
    expect(credits.research).toMatchObject({ engine: 'offline', model: 'jobforge-offline-v1', tokens: 15 });
    expect(credits.resume).toMatchObject({ engine: 'claude' });
    expect(credits.cover_letter).toBeUndefined();
  });
});
