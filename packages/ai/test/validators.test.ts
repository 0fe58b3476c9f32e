import { describe, expect, it } from 'vitest';
import { analyzeJobDescription } from '../src/offline/analyze-job.js';
import { keywordCoverage, matchScore } from '../src/offline/match.js';
import { extractClaims } from '../src/validate/claims.js';
import { userMaterial, validateCoverLetter, validateResume, findPlaceholders } from '../src/validate/index.js';
import { AiError, createAiEngine } from '../src/index.js';
import { application, backendResume, library, resumeThenLetter, userContext } from './fixtures.js';
import { lyingResume } from './lying-model.js';

const analysis = analyzeJobDescription(application);
const material = userMaterial({ library, userContext });
const context = {
  analysis,
  before: { coverage: keywordCoverage(backendResume, analysis), score: matchScore(backendResume, analysis) },
  changes: [],
};

const claimsOf = (line: string, kind: string, options = {}) =>
  extractClaims(line, options)
    .filter((c) => c.kind === kind)
    .map((c) => c.value);

describe('claim extraction', () => {
  it('finds employers, titles, dates, degrees, certifications, skills and numbers', () => {
    const header = '### Staff Engineer — Globex Corporation (Jan 2015 – 2017)';
    expect(claimsOf(header, 'employer', { isEntryHeader: true })).toContain('Globex Corporation');
    expect(claimsOf(header, 'job_title')).toContain('Staff Engineer');
    expect(claimsOf(header, 'date')).toEqual(['jan 2015', '2015', '2017']);
    expect(claimsOf('M.Sc. in Physics, University of Oxford', 'degree')).toEqual(['master']);
    expect(claimsOf('M.Sc. in Physics, University of Oxford', 'employer')).toContain('University of Oxford');
    expect(claimsOf('Certified Kubernetes Administrator (CKA)', 'certification')).toEqual(
      expect.arrayContaining(['CKA', 'Certified Kubernetes Administrator']),
    );
    expect(claimsOf('Cut costs by $1,200 (35%) for 3x throughput', 'number')).toEqual(['1200', '35', '3']);
    expect(claimsOf('Used TS and k8s', 'skill')).toEqual(['TypeScript', 'Kubernetes']);
    // Names with digits are not numbers; years are dates.
    expect(claimsOf('Moved EC2 and S3 workloads in 2019', 'number')).toEqual([]);
  });
});

describe('the lying model', () => {
  it('catches the invented employer and Kubernetes, and neither reaches the output', () => {
    const { text, report } = validateResume(lyingResume, material, context);
    expect(text).not.toMatch(/Globex/);
    expect(text).not.toMatch(/Kubernetes/);
    expect(text).not.toMatch(/1 billion/);
    const removed = report.removedClaims.map((c) => `${c.kind}:${c.value}`);
    expect(removed).toContain('skill:Kubernetes');
    // The invented entry goes with its bullets; each removal says why.
    const header = report.actions.find((a) => a.text.includes('Globex Corporation'))!;
    expect(header.action).toBe('removed');
    expect(header.reasons.join(' ')).toMatch(/not in your material/);
    expect(report.actions.some((a) => a.text.includes('Drove the platform roadmap'))).toBe(true);
    // Only the invented item left the skills list; the true skills stay.
    expect(text).toContain('- **Platforms:** Docker, AWS, Terraform, PostgreSQL, Redis, Kafka');
    // The true entries survive untouched.
    expect(text).toContain('### Software Engineer — Northwind Analytics (Jun 2017 – Feb 2021)');
    expect(text).toContain('Designed a PostgreSQL partitioning scheme');
    expect(report.checks.find((c) => c.name === 'claims')!.ok).toBe(false);
    expect(report.ok).toBe(true);
  });

  it('fails the phase when most of the resume is invented', () => {
    const invented = `# Jane Doe\n\n## Experience\n\n### CTO — Initech Corp (2001 – 2009)\n\n- Grew revenue 900%.\n- Hired 150 engineers.\n\n### VP Engineering — Hooli Inc (2009 – 2012)\n\n- Launched 14 products.\n`;
    const error = (() => {
      try {
        validateResume(invented, material, context);
      } catch (e) {
        return e as AiError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AiError);
    expect(error!.kind).toBe('bad_output');
    expect((error!.details as any).removedClaims.length).toBeGreaterThan(3);
  });

  it('removes invented numbers, dates, degrees and certifications line by line', () => {
    const text = [
      '# Jane Doe',
      '## Experience',
      '### Senior Software Engineer — Acme Payments GmbH (Mar 2021 – Present)',
      "- Mentored 4 engineers and ran the team's code review rotation.",
      '- Mentored 9 engineers across 3 offices.',
      '## Education',
      'B.Sc. Computer Science, Technical University of Munich (2013 – 2017)',
      'Ph.D. Computer Science (2019)',
      '## Certifications',
      '- AWS Certified Solutions Architect – Associate (2022)',
      '- Certified Kubernetes Administrator (2023)',
    ].join('\n');
    const { text: out, report } = validateResume(text, material, context);
    expect(out).toContain('Mentored 4 engineers');
    expect(out).not.toContain('9 engineers');
    expect(out).not.toContain('Ph.D.');
    expect(out).toContain('AWS Certified Solutions Architect');
    expect(out).not.toContain('Certified Kubernetes Administrator');
    expect(report.actions.map((a) => a.text)).toEqual(
      expect.arrayContaining([
        '- Mentored 9 engineers across 3 offices.',
        'Ph.D. Computer Science (2019)',
        '- Certified Kubernetes Administrator (2023)',
      ]),
    );
  });

  it('accepts a truthful rewrite in the way a model phrases it', () => {
    const rewrite = [
      '# Jane Doe',
      'jane.doe@example.com · Berlin',
      '## Professional Summary',
      'Senior backend engineer with 7+ years building payment platforms in TypeScript, Node.js and PostgreSQL.',
      '## Experience',
      '### Senior Software Engineer | Acme Payments | 03/2021 – Present',
      '- Led the migration of 40 services to Node.js microservices on AWS, cutting deploy time 70%.',
      '- Kept p99 latency under 50 ms at 12,000 requests per second with a PostgreSQL partitioning scheme.',
      '### Software Engineer | Northwind Analytics | June 2017 – February 2021',
      '- Built Python ETL jobs in Apache Airflow loading 300 GB nightly into Snowflake.',
      '## Skills',
      'TypeScript, Node.js, PostgreSQL, Kafka, AWS, Docker, Terraform',
    ].join('\n');
    const { report } = validateResume(rewrite, material, context);
    expect(report.removedClaims).toEqual([]);
  });

  it('still refuses a rank the user never held, in prose too', () => {
    const { text } = validateResume(
      "# Jane Doe\n## Summary\nPrincipal Engineer with 7 years in payments.\n## Experience\n- Mentored 4 engineers and ran the team's code review rotation.\n- Led the migration of 40 services.\n- Built an event pipeline on Kafka.\n",
      material,
      context,
    );
    expect(text).not.toContain('Principal');
  });

  it('passes the offline engine output untouched (no false alarms)', async () => {
    const engine = createAiEngine({ offline: true });
    const { resume, letter } = await resumeThenLetter(engine, { userContext });
    expect(resume.validation.removedClaims).toEqual([]);
    expect(letter.validation.removedClaims).toEqual([]);
  });
});

describe('cover letter validation', () => {
  const body = (extra = '') =>
    `Dear Globex Pay hiring team,\n\nI am applying for the Senior Backend Engineer position at Globex Pay. ${extra}I led the migration of 40 services from a monolith to Node.js microservices on AWS, cutting deploy time by 70%. I designed a PostgreSQL partitioning scheme that kept p99 query latency under 50 ms at 12,000 requests per second. I also built an event pipeline on Kafka processing 2 million transactions per day, and I mentored 4 engineers while running the team's code review rotation.\n\nI have used Globex Pay as a merchant for two years and I admire how simple the onboarding is. The role's focus on reliable payment services in TypeScript and Node.js is exactly the work I enjoy, and I would bring the same care for latency, correctness and clear code reviews to your ledger team.\n\nThank you for considering my application. I would welcome the chance to talk about how I can contribute to Globex Pay.\n\nBest regards,\nJane Doe\n`;

  it('accepts a truthful letter that names the company and the role', () => {
    const { report, wordCount } = validateCoverLetter(body(), material, application);
    expect(report.ok).toBe(true);
    expect(wordCount).toBeGreaterThan(120);
  });

  it('drops a sentence with an invented claim', () => {
    const { text, report } = validateCoverLetter(
      body('At Initech Corp I ran Kubernetes clusters for 8 years. '),
      material,
      application,
    );
    expect(text).not.toMatch(/Initech|Kubernetes/);
    expect(report.removedClaims.map((c) => c.kind)).toEqual(expect.arrayContaining(['employer', 'number']));
    expect(report.actions[0]!.reasons.join(' ')).toMatch(/Initech Corp is not an employer/);
  });

  it('lets a sentence about the company use the posting, but not a sentence about the candidate', () => {
    const { text, report } = validateCoverLetter(
      body(
        'Globex Pay builds payment infrastructure for 50,000 online businesses. I have run Kubernetes for 50,000 businesses. ',
      ),
      material,
      application,
    );
    expect(text).toContain('Globex Pay builds payment infrastructure for 50,000 online businesses.');
    expect(text).not.toContain('I have run Kubernetes');
    expect(report.removedClaims.map((c) => c.value)).toEqual(expect.arrayContaining(['Kubernetes', '50000']));
  });

  it.each(['[Company]', '{{name}}', 'XXX', '[Your Name]', '<Company Name>', '{company}'])(
    'fails on the placeholder %s',
    (placeholder) => {
      expect(findPlaceholders(`Hello ${placeholder} team`)).not.toEqual([]);
      const error = (() => {
        try {
          validateCoverLetter(body(`I admire ${placeholder}. `), material, application);
        } catch (e) {
          return e as AiError;
        }
        return null;
      })();
      expect(error?.kind).toBe('bad_output');
      expect(error?.userMessage).toMatch(/Placeholders/);
    },
  );

  it('does not mistake a Markdown link for a placeholder', () => {
    expect(findPlaceholders('See [my portfolio](https://example.com).')).toEqual([]);
  });

  it('fails when the company or the role is not named, or the length is off', () => {
    const noCompany = body().replaceAll('Globex Pay', 'your company');
    expect(() => validateCoverLetter(noCompany, material, application)).toThrow(/Does not name Globex Pay/);
    const noRole = body().replace('Senior Backend Engineer', 'open');
    expect(() => validateCoverLetter(noRole, material, application)).toThrow(/Senior Backend Engineer role/);
    expect(() =>
      validateCoverLetter('Dear Globex Pay team, I want the Senior Backend Engineer job.', material, application),
    ).toThrow(/words \(expected/);
  });
});
