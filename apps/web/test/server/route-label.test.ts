import { describe, expect, it } from 'vitest';
import { routeLabel } from '../../server/route-label.js';

const procedures = new Set(['applications.get', 'documents.update']);
const id = '0b9a3a4e-3c55-4f7e-9d0a-2f9a7c6d1e11';

describe('routeLabel', () => {
  it.each([
    ['/healthz', 200, '/healthz'],
    ['/mcp', 401, '/mcp'],
    ['/', 200, '/'],
    ['/assets/root-DR0n0SqI.js', 200, '/assets/*'],
    [`/applications/${id}`, 200, '/applications/:id'],
    [`/applications/${id}.data`, 200, '/applications/:id.data'],
    [`/applications/${id}/documents/cover_letter/history`, 200, '/applications/:id/documents/cover_letter'],
    ['/_root.data', 200, '/_root.data'],
    ['/applications/new', 200, '/applications/new'],
    ['/wp-login.php', 404, '(not found)'],
    // A signed-out visit to any path under a page is a redirect: one series, whatever the path.
    ['/applications/anything-at-all', 302, '(not 2xx)'],
    [`/applications/${id}/x${'y'.repeat(30)}`, 302, '(not 2xx)'],
    ['/applications/boom', 500, '(not 2xx)'],
    ['/login', 302, '/login'],
    ['/register', 429, '/register'],
    ['/api/trpc/applications.get', 200, '/api/trpc/applications.get'],
    ['/api/trpc/applications.get,documents.update', 200, '/api/trpc/(batch)'],
    ['/api/trpc/applications.get%2Cdocuments.update', 200, '/api/trpc/(batch)'],
    ['/api/trpc/no.such.thing', 404, '/api/trpc/(unknown)'],
    ['/api/trpc/applications.get,evil', 200, '/api/trpc/(unknown)'],
    [`/export/resumes/${id}.pdf`, 200, '/export/resumes/:id.pdf'],
    [`/export/applications/${id}/cover_letter.docx`, 401, '/export/applications/:id/cover_letter.docx'],
    [`/export/resumes/${id}.exe`, 404, '(not found)'],
  ])('%s (%i) -> %s', (path, status, label) => {
    expect(routeLabel(path, status, procedures)).toBe(label);
  });
});
