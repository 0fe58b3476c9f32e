/** Documents for tests and benchmarks: a two-page resume, a three-page one, non-Latin names, a letter, a report. */

export const twoPageResume = buildResume('Jane Doe', 'jane.doe@example.com · +49 30 1234567 · Berlin', 5, 5);

/** Long enough for three A4 pages in the Classic template. */
export const threePageResume = buildResume('Jane Doe', 'jane.doe@example.com · Berlin', 8, 6);

export const nonLatinResume = `# Zoë Łukasiewicz-Ødegård
zoe@example.eu · Kraków · [github.com/zoe-lo](https://github.com/zoe-lo)

## Summary

Ingénieure logicielle; travaille en français, polski, ελληνικά και русский.

## Experience

### Αρχιτέκτονας Λογισμικού — Αθηναϊκή Τράπεζα Α.Ε. (Ιαν 2020 – Present)

- Συντόνισε την ομάδα των Αλέξανδρος Παπαδόπουλος και Ευαγγελία Σταθοπούλου.
- Μείωσε τον χρόνο απόκρισης κατά 40%.

### Ведущий инженер — ООО «Северный Ветер», Санкт-Петербург (2016 – 2019)

- Работала с Анастасией Кузнецовой и Фёдором Достоевским над платёжной системой.
- Сократила время развёртывания на 70%.

### Développeuse — Société Générale, Île-de-France (2014 – 2016)

- Créé un service de paiement à Besançon, Nîmes et Saint-Étienne; façade, garçon, œuvre, Ærø, Øresund, İstanbul, Şişli, Čapek.

## Education

M.Sc. Informatyka, Uniwersytet Jagielloński (2012 – 2014)
`;

export const coverLetter = `Dear Acme hiring team,

I am writing to apply for the Platform Engineer position at Acme. My experience with TypeScript, PostgreSQL and AWS lines up closely with what the role asks for.

At Acme Payments GmbH I led the migration of 40 services from a monolith to Node.js microservices on AWS, cutting deploy time by 70%.

Thank you for considering my application. I would welcome the chance to talk about how I can contribute to Acme.

Sincerely,
Jane Doe
`;

export const researchReport = `# Research: Platform Engineer at Acme

## Requirements

| Requirement | Your evidence |
|---|---|
| PostgreSQL at scale | Partitioning scheme at 12,000 requests per second |
| Kubernetes | Not in your material |

## The company

> Based only on the job description: no web research was done.

## Positioning

1. Lead with the migration of 40 services.
2. Address the Kubernetes gap with the ECS work.

Keywords: \`TypeScript\`, **PostgreSQL**, _AWS_, ~~PHP~~.

---

See [the posting](https://jobs.example.com/acme/platform-engineer).
`;

function buildResume(name: string, contact: string, positions: number, bullets: number): string {
  const companies = ['Acme Payments GmbH', 'Northwind Analytics', 'Globex Corporation', 'Initech', 'Umbrella plc'];
  const lines = [
    `# ${name}`,
    `${contact} · [github.com/janedoe](https://github.com/janedoe)`,
    '',
    '## Summary',
    '',
    'Backend engineer with 12 years building payment and data platforms in TypeScript, Python and Go, from first prototype to millions of daily transactions.',
    '',
    '## Experience',
    '',
  ];
  for (let p = 0; p < positions; p += 1) {
    const company = companies[p % companies.length]!;
    const endYear = 2025 - p * 2;
    lines.push(
      `### ${p % 2 ? 'Software Engineer' : 'Senior Software Engineer'} — ${company} (Mar ${endYear - 2} – ${
        p === 0 ? 'Present' : `Feb ${endYear}`
      })`,
      '',
    );
    for (let b = 0; b < bullets; b += 1) {
      lines.push(
        `- ${['Led', 'Designed', 'Built', 'Cut', 'Mentored', 'Introduced'][b % 6]} ${b + p + 3} improvements to the ${
          ['billing', 'search', 'ledger', 'reporting', 'onboarding'][(b + p) % 5]
        } platform (entry ${p + 1}.${b + 1}), reducing p99 latency by ${10 + b * 7}% for ${2 + p} teams.`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Skills',
    '',
    '- **Languages:** Python, TypeScript, SQL, Go',
    '- **Platforms:** Docker, AWS, Terraform, PostgreSQL, Redis, Kafka',
    '',
    '## Education',
    '',
    'B.Sc. Computer Science, Technical University of Munich (2009 – 2013)',
    '',
    '## Certifications',
    '',
    '- AWS Certified Solutions Architect – Associate (2022)',
    '',
  );
  return lines.join('\n');
}
