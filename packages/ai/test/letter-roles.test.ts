/**
 * The offline cover letter must pass its own validation for any role and company the user types:
 * the application's own title and company are not claims, but the letter must never say the
 * candidate held the title.
 */
import { describe, expect, it } from 'vitest';
import { createAiEngine } from '../src/index.js';
import { userMaterial, validateCoverLetter } from '../src/validate/index.js';
import { mentionsRole } from '../src/validate/letter.js';
import type { ApplicationInput } from '../src/types.js';
import { jobDescription, library } from './fixtures.js';

const engine = createAiEngine({ offline: true });
const candidate = { fullName: 'Jane Doe', email: 'jane.doe@example.com' };

const ROLES = [
  'Staff Software Engineer',
  'Senior Backend Engineer',
  'Engineering Manager',
  'Principal Engineer, Reliability',
  'Platform Engineer',
  'Data Scientist II',
  'Sr. Software Engineer',
  'Software Engineer 3',
  'Senior Engineer (Payments)',
  'C++ Developer',
  'iOS Engineer',
  'Head of Data & AI',
];
const COMPANIES = ['Acme Rockets', 'Stripe, Inc.', '37signals', 'Docker'];

function applicationFor(companyName: string, roleTitle: string): ApplicationInput {
  return { companyName, roleTitle, jobDescription, jobUrl: null, location: null, additionalContext: null };
}

async function offlineLetter(application: ApplicationInput) {
  const common = { application, library, candidate, userContext: null };
  const research = await engine.research(common, {});
  const resume = await engine.tailorResume(
    { ...common, research: { markdown: research.markdown, data: research.data } },
    {},
  );
  return engine.writeCoverLetter(
    {
      ...common,
      research: { markdown: research.markdown, data: research.data },
      tailoredResume: resume.markdown,
      previousLetters: [],
    },
    {},
  );
}

describe('offline cover letter for any role and company', () => {
  it.each(ROLES)('passes validation and names Acme Rockets and the %s role', async (roleTitle) => {
    const letter = await offlineLetter(applicationFor('Acme Rockets', roleTitle));
    expect(letter.validation.ok).toBe(true);
    expect(letter.validation.removedClaims).toEqual([]);
    expect(letter.markdown).toContain('Acme Rockets');
    expect(letter.markdown).toContain(`the ${roleTitle} position`);
    expect(mentionsRole(letter.markdown, roleTitle)).toBe(true);
  });

  it.each(COMPANIES)(
    'keeps every sentence naming %s (digits, skill names and "Inc." in the name)',
    async (companyName) => {
      for (const roleTitle of ['Staff Software Engineer', 'Data Scientist II']) {
        const letter = await offlineLetter(applicationFor(companyName, roleTitle));
        expect(letter.validation.removedClaims).toEqual([]);
        expect(letter.markdown).toContain(`position at ${companyName}`);
        expect(letter.markdown).not.toContain('..');
      }
    },
  );
});

describe('the role title in a letter', () => {
  const application = applicationFor('Acme Rockets', 'Staff Software Engineer');
  const material = userMaterial({ library, application, candidate });
  const letter = (middle: string) =>
    `Dear Acme Rockets hiring team,\n\nI am writing to apply for the Staff Software Engineer position at Acme Rockets. ${middle}I led the migration of 40 services from a monolith to Node.js microservices on AWS, cutting deploy time by 70%. I designed a PostgreSQL partitioning scheme that kept p99 query latency under 50 ms at 12,000 requests per second. I mentored 4 engineers while running the team's code review rotation.\n\nThe Staff Software Engineer role at Acme Rockets is a strong fit for the work I enjoy most, and I would bring the same care for latency, correctness and clear code reviews to your platform team. I would welcome the chance to talk about how I can contribute to Acme Rockets and its engineering group over the coming years.\n\nSincerely,\nJane Doe\n`;

  it('names the job applied for without it counting as a claim', () => {
    const { report } = validateCoverLetter(letter(''), material, application);
    expect(report.ok).toBe(true);
    expect(report.removedClaims).toEqual([]);
  });

  it.each([
    'I worked as a Staff Software Engineer at Northwind Analytics for two years. ',
    'As a Staff Software Engineer, I set the technical direction for the payments group. ',
    "I'm a staff software engineer who cares about reliability. ",
    'I was the Staff Software Engineer on the ledger team. ',
  ])('removes a sentence that says the candidate held the title: %s', (claim) => {
    const { text, report } = validateCoverLetter(letter(claim), material, application);
    expect(text).not.toContain(claim.trim());
    expect(report.removedClaims.some((c) => c.kind === 'job_title' && c.removedText === claim.trim())).toBe(true);
    expect(text).toContain('the Staff Software Engineer position at Acme Rockets');
  });

  it('removes a held part of the title as well ("as a Staff Engineer")', () => {
    const claim = 'I spent three years as a Staff Engineer on the ledger team. ';
    const { text } = validateCoverLetter(letter(claim), material, application);
    expect(text).not.toContain(claim.trim());
  });
});
