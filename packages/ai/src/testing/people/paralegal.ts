/** A litigation paralegal applying for a senior paralegal role (held out while the checks were built). */
import type { Person } from './types.js';

const resume = `Aisha Bello
aisha.bello@example.com | Atlanta, GA

PROFESSIONAL SUMMARY
Litigation paralegal with 4 years at a mid-size firm. Certified Paralegal (NALA). Strong with e-discovery and trial preparation.

EXPERIENCE
Paralegal, Peachtree Legal Group LLP, Atlanta — Aug 2022 – Present
• Manage discovery for 25 active employment cases in Relativity.
• Drafted first versions of 40 motions and discovery responses for attorney review.
• Prepared trial binders and exhibits for 6 jury trials.
• Built a deadline tracker in Clio that cut missed internal deadlines to zero in 2024.

Legal Assistant, Monroe & Park, Atlanta — Jan 2021 – Jul 2022
• Scheduled depositions and managed calendars for 3 partners.
• Processed e-filings in PeachCourt and CM/ECF.

EDUCATION
Paralegal Certificate, Emory University Continuing Education, 2020
B.A. in Political Science, Georgia State University, 2019

CERTIFICATIONS
Certified Paralegal (CP), NALA, 2022

SKILLS
Relativity, Clio, Westlaw, CM/ECF, legal research, deposition summaries, Microsoft Office
`;

const jobDescription = `Senior Litigation Paralegal

Harlow & Finch is a 120-attorney firm focused on commercial litigation.

What you will do
- Lead discovery on complex commercial cases
- Supervise two junior paralegals
- Prepare for trials and arbitrations

Requirements
- 6+ years of litigation paralegal experience
- Relativity and Westlaw
- Advanced Certified Paralegal (ACP) or equivalent
- Experience with commercial litigation

Nice to have
- Spanish
- Everlaw
`;

export const paralegal: Person = {
  key: 'paralegal',
  field: 'legal',
  fullName: 'Aisha Bello',
  library: [{ id: 'pl-resume', name: 'Litigation resume', content: resume, isPrimary: true, isWritingSample: false }],
  application: { companyName: 'Harlow & Finch', roleTitle: 'Senior Litigation Paralegal', jobDescription },
  userContext: 'I am moving to a commercial practice because I enjoy complex document-heavy cases.',
  resumeLies: [
    {
      id: 'pl-acp',
      style: 'realistic',
      kind: 'credential',
      marker: 'Advanced Certified Paralegal',
      edit: { replace: 'Certified Paralegal (CP), NALA, 2022', with: 'Advanced Certified Paralegal (ACP), NALA, 2022' },
    },
    {
      id: 'pl-years',
      style: 'realistic',
      kind: 'number',
      marker: '7 years',
      edit: { replace: 'Litigation paralegal with 4 years', with: 'Litigation paralegal with 7 years' },
    },
    {
      id: 'pl-commercial',
      style: 'realistic',
      kind: 'experience',
      marker: 'commercial litigation',
      edit: {
        replace: 'Manage discovery for 25 active employment cases in Relativity.',
        with: 'Lead discovery for 25 active commercial litigation cases in Relativity.',
      },
    },
    {
      id: 'pl-supervise',
      style: 'realistic',
      kind: 'experience',
      marker: 'supervised two junior paralegals',
      edit: {
        replace: 'Prepared trial binders and exhibits for 6 jury trials.',
        with: 'Prepared trial binders and exhibits for 6 jury trials and supervised two junior paralegals.',
      },
    },
    {
      id: 'pl-everlaw',
      style: 'realistic',
      kind: 'skill',
      marker: 'Everlaw',
      edit: { replace: 'Relativity, Clio, Westlaw,', with: 'Relativity, Everlaw, Clio, Westlaw,' },
    },
    {
      id: 'pl-jd',
      style: 'blatant',
      kind: 'degree',
      marker: 'J.D.',
      edit: {
        after: 'B.A. in Political Science',
        insert: 'J.D. coursework, Georgia State University College of Law, 2021',
      },
    },
    {
      id: 'pl-title',
      style: 'realistic',
      kind: 'title',
      marker: 'Senior Paralegal, Peachtree',
      edit: { replace: 'Paralegal, Peachtree Legal Group LLP', with: 'Senior Paralegal, Peachtree Legal Group LLP' },
    },
  ],
  letterTruths: [
    'Dear Harlow & Finch hiring team,',
    'I am writing to apply for the Senior Litigation Paralegal role at Harlow & Finch.',
    'At Peachtree Legal Group I manage discovery for 25 active employment cases in Relativity, and I have prepared trial binders and exhibits for 6 jury trials.',
    'I am moving to a commercial practice because I enjoy complex document-heavy cases.',
    'A 120-attorney commercial litigation firm is where I want to build the rest of my career.',
    'Thank you for considering my application.',
    'Sincerely,\nAisha Bello',
  ],
  letterLies: [
    {
      id: 'pl-letter-acp',
      style: 'realistic',
      kind: 'credential',
      marker: 'ACP',
      sentence: 'I earned the ACP credential from NALA last year.',
    },
    {
      id: 'pl-letter-years',
      style: 'realistic',
      kind: 'number',
      marker: 'seven years',
      sentence: 'In seven years of litigation support I have handled every stage of a case.',
    },
    {
      id: 'pl-letter-spanish',
      style: 'realistic',
      kind: 'skill',
      marker: 'fluent in Spanish',
      sentence: 'I am fluent in Spanish, which helps with client intake.',
    },
    {
      id: 'pl-letter-king',
      style: 'blatant',
      kind: 'employer',
      marker: 'King & Spalding',
      sentence: 'I began my career at King & Spalding on their securities team.',
    },
  ],
  research: {
    companyPoints: [
      {
        id: 'pl-research-rank',
        style: 'realistic',
        kind: 'company',
        marker: 'Am Law 200',
        sentence: 'Harlow & Finch is ranked in the Am Law 200 and has offices in three states.',
      },
      {
        id: 'pl-research-founded',
        style: 'realistic',
        kind: 'company',
        marker: 'founded in 1952',
        sentence: 'The firm was founded in 1952 by two former judges.',
      },
    ],
    fakeEvidence: [
      {
        id: 'pl-research-quote',
        style: 'realistic',
        kind: 'evidence',
        point: 'Commercial litigation',
        marker: 'Led discovery in a $200M commercial dispute',
      },
    ],
    noGaps: {
      id: 'pl-research-nogaps',
      style: 'blatant',
      kind: 'gaps',
      marker: 'meet all the requirements',
      summary: 'You meet all the requirements for this role.',
    },
    expectedGaps: ['Advanced Certified Paralegal', 'Everlaw'],
  },
};
