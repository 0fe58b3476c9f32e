/** Research a job seeker can act on: requirements and gaps decided by code. */
import { describe, expect, it } from 'vitest';
import { createAiEngine } from '../src/index.js';

const resume = `# Dana Reyes

## Experience

### Data Analyst — Brightpath Retail (Jan 2020 – Present)

- Built Snowflake models and Looker dashboards for 40 store managers.
- Ran data analysis on weekly sales with SQL and Python.

### Junior Analyst — Mesa Bank (Jun 2018 – Dec 2019)

- Reconciled loan reports in Excel.

## Education

B.S. in Economics, Arizona State University (2018)

## Certifications

- Tableau Desktop Specialist (2021)
`;

const jobDescription = `Senior Data Analyst

Acme Analytics helps 2,000 retailers price better. We are a strong, friendly team of 40.

Requirements
- 3+ years of data analysis experience
- Snowflake, BigQuery or Redshift
- Data analysis and SQL
- Master's degree in Statistics
- 8+ years of experience in pricing

Nice to have
- Certified Analytics Professional (CAP)
- dbt
`;

const engine = createAiEngine({ offline: true });
const research = () =>
  engine.research({
    application: { companyName: 'Acme Analytics', roleTitle: 'Senior Data Analyst', jobDescription },
    library: [{ id: 'r', name: 'Resume', content: resume, isPrimary: true }],
  });

describe('offline research gaps', () => {
  it('names what is missing and only that', async () => {
    const result = await research();
    const gaps = result.data.positioning.gaps.map((g) => g.gap).join('\n');
    // Met: alternatives count once, a skill under another form, years counted from dated entries.
    expect(gaps).not.toMatch(/Snowflake, BigQuery or Redshift/);
    expect(gaps).not.toMatch(/Data analysis and SQL/);
    expect(gaps).not.toMatch(/3\+ years of data analysis/);
    // Missing: a degree, a certification, a tool, and years in a field the person has not shown.
    expect(gaps).toMatch(/Master's degree in Statistics/);
    expect(gaps).toMatch(/Certified Analytics Professional/);
    expect(gaps).toMatch(/dbt/);
    expect(gaps).toMatch(/8\+ years of experience in pricing/);
    expect(result.markdown).not.toMatch(/no gaps/i);
  });

  it('leaves the company blurb out of the requirements and junk out of the keywords', async () => {
    const result = await research();
    const requirements = [...result.data.analysis.mustHave, ...result.data.analysis.niceToHave].map((r) => r.text);
    expect(requirements.join('\n')).not.toMatch(/friendly team|2,000 retailers/);
    expect(result.data.analysis.keywords).not.toEqual(expect.arrayContaining(['end', 'field', 'builds', 'team']));
  });
});
