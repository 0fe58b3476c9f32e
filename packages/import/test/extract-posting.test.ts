import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting, ImportError } from '../src/index.js';

const page = (name: string) => readFileSync(new URL(`./fixtures/postings/${name}`, import.meta.url), 'utf8');

describe('extractPosting', () => {
  it('JSON-LD with an escaped HTML description and a postal address', () => {
    expect(extractPosting(page('greenhouse-style.html'), 'https://boards.example/acme/jobs/42?src=x')).toEqual({
      roleTitle: 'Platform Engineer',
      companyName: 'Acme Rockets',
      jobDescription:
        'Join the team that keeps **launches** on time.\n\n- 6+ years of TypeScript\n- PostgreSQL at scale',
      location: 'Berlin, BE, DE',
      jobUrl: 'https://boards.example/acme/jobs/42',
      source: 'json-ld',
    });
  });

  it('JSON-LD in an @graph, nested as mainEntity, several places, remote', () => {
    const posting = extractPosting(page('graph-remote.html'));
    expect(posting).toMatchObject({
      roleTitle: 'Senior Data Engineer (m/f/d)',
      companyName: 'Globex Ünternehmen GmbH',
      location: 'München; Hamburg, DE; Remote (Germany)',
      source: 'json-ld',
    });
    expect(posting.jobDescription).toBe('## Your tasks\n\nBuild the pipelines.\n\n## Your profile\n\n- Airflow\n- dbt');
  });

  it('a JSON-LD array in CDATA, a full type URL, name instead of title, company as text', () => {
    expect(extractPosting(page('array-cdata.html'), 'https://initech.example/jobs/7')).toEqual({
      roleTitle: 'Backend Developer',
      companyName: 'Initech',
      jobDescription: 'We need a backend developer.\n\nGo and PostgreSQL.',
      location: 'Austin, TX',
      jobUrl: 'https://initech.example/jobs/7',
      source: 'json-ld',
    });
  });

  it('microdata', () => {
    expect(extractPosting(page('microdata.html'))).toMatchObject({
      roleTitle: 'Product Designer',
      companyName: 'Umbrella Health',
      jobDescription: 'Design the patient app.\n\n- Figma\n- Research',
      location: 'London, UK',
      source: 'microdata',
    });
  });

  it('no structured data: the main text, without navigation or footer', () => {
    const posting = extractPosting(page('plain-article.html'), 'https://www.stark.example/jobs/reliability');
    expect(posting).toMatchObject({
      roleTitle: 'Staff Engineer, Reliability',
      companyName: 'Stark Industries',
      source: 'page',
    });
    expect(posting.jobDescription).toContain(
      '- Run the reliability review for every new service and lead the incident reviews.',
    );
    expect(posting.jobDescription).toContain('## What you bring');
    expect(posting.jobDescription).not.toMatch(/Privacy|Home/);
  });

  it('a page with no posting at all', () => {
    expect(() => extractPosting('<html><body><p>Hello</p></body></html>')).toThrow(ImportError);
  });

  it('text without an <html> root, starting with a script or style element, is refused as no posting', () => {
    for (const html of ['<script>alert(1)</script>', '<style>p{}</style><p>Hi</p>', '<template></template>']) {
      expect(() => extractPosting(html), html).toThrow(ImportError);
    }
  });

  it('a posting pasted as a fragment without <html> is still read', () => {
    const paragraph = 'Run the reliability review for every new service and lead the incident reviews. '.repeat(4);
    const posting = extractPosting(`<h1>Staff Engineer</h1><article><p>${paragraph}</p><p>${paragraph}</p></article>`);
    expect(posting.roleTitle).toBe('Staff Engineer');
    expect(posting.jobDescription).toContain('Run the reliability review');
  });
});
