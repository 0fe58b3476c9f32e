/** A warehouse shift lead applying for an operations supervisor role (held out while the checks were built). */
import type { Person } from './types.js';

const resume = `# Tomasz Nowak
tomasz.nowak@example.com · Reno, NV

## Summary

Warehouse shift lead with 5 years in high-volume fulfilment. Forklift certified, OSHA 10, and comfortable with WMS reports.

## Experience

### Shift Lead — Sierra Fulfilment Center (Apr 2021 – Present)

- Coordinate a night shift of 18 associates across receiving, picking and packing.
- Raised pick accuracy from 97.1% to 99.2% by introducing a two-step scan check.
- Cut dock-to-stock time from 36 hours to 20 hours by reorganising the receiving lanes.
- Train new associates on RF scanners and Manhattan WMS.

### Warehouse Associate — QuickShip Logistics (Jun 2019 – Mar 2021)

- Picked and packed 180 orders per shift on average.
- Helped run the annual inventory count for 12,000 SKUs.

## Certifications

- Forklift operator certification (2019)
- OSHA 10-Hour General Industry (2022)

## Skills

Manhattan WMS, RF scanners, Excel, cycle counting, forklift, Spanish (conversational)
`;

const jobDescription = `Operations Supervisor

Basin Supply Co runs three distribution centers in northern Nevada and ships 40,000 orders a week.

Responsibilities
- Supervise two shift leads and about 60 associates
- Own safety, productivity and accuracy targets for outbound
- Build weekly labor plans

Requirements
- 3+ years of supervisory experience in a warehouse
- Experience with a WMS (Manhattan or SAP EWM)
- OSHA 30 certification
- Lean or Six Sigma training

Nice to have
- Bachelor's degree
- Bilingual English/Spanish
`;

export const warehouseLead: Person = {
  key: 'warehouse-lead',
  field: 'logistics',
  fullName: 'Tomasz Nowak',
  library: [{ id: 'wh-resume', name: 'Operations resume', content: resume, isPrimary: true, isWritingSample: false }],
  application: { companyName: 'Basin Supply Co', roleTitle: 'Operations Supervisor', jobDescription },
  userContext: null,
  resumeLies: [
    {
      id: 'wh-osha30',
      style: 'realistic',
      kind: 'credential',
      marker: 'OSHA 30',
      edit: { replace: 'Forklift certified, OSHA 10,', with: 'Forklift certified, OSHA 30,' },
    },
    {
      id: 'wh-sixsigma',
      style: 'realistic',
      kind: 'credential',
      marker: 'Six Sigma',
      edit: { after: 'OSHA 10-Hour General Industry', insert: '- Lean Six Sigma Green Belt (2023)' },
    },
    {
      id: 'wh-supervised',
      style: 'realistic',
      kind: 'experience',
      marker: 'Supervised a team of 60',
      edit: {
        replace: 'Coordinate a night shift of 18 associates',
        with: 'Supervised a team of 60 associates',
      },
    },
    {
      id: 'wh-accuracy',
      style: 'realistic',
      kind: 'number',
      marker: '99.8%',
      edit: { replace: 'to 99.2% by', with: 'to 99.8% by' },
    },
    {
      id: 'wh-labor-plan',
      style: 'realistic',
      kind: 'experience',
      marker: 'weekly labor plans for the whole building',
      edit: {
        replace: 'by reorganising the receiving lanes.',
        with: 'by reorganising the receiving lanes and building weekly labor plans for the whole building.',
      },
    },
    {
      id: 'wh-bilingual',
      style: 'realistic',
      kind: 'skill',
      marker: 'Spanish (fluent)',
      edit: { replace: 'Spanish (conversational)', with: 'Spanish (fluent), SAP EWM' },
    },
    {
      id: 'wh-award',
      style: 'blatant',
      kind: 'experience',
      marker: 'Employee of the Year',
      edit: { after: 'Train new associates', insert: '- Named Employee of the Year in 2023 for safety leadership.' },
    },
    {
      id: 'wh-degree',
      style: 'realistic',
      kind: 'degree',
      marker: "bachelor's degree",
      edit: {
        replace: 'comfortable with WMS reports.',
        with: "comfortable with WMS reports. Holds a bachelor's degree in supply chain management.",
      },
    },
  ],
  letterTruths: [
    'Dear Basin Supply Co hiring team,',
    'I am applying for the Operations Supervisor position at Basin Supply Co.',
    'As shift lead at Sierra Fulfilment Center I coordinate a night shift of 18 associates, and I raised pick accuracy from 97.1% to 99.2% with a two-step scan check.',
    'I also cut dock-to-stock time from 36 hours to 20 hours by reorganising the receiving lanes.',
    'Shipping 40,000 orders a week from three distribution centers is the kind of scale I want to help run.',
    'Thank you for your time.',
    'Sincerely,\nTomasz Nowak',
  ],
  letterLies: [
    {
      id: 'wh-letter-osha30',
      style: 'realistic',
      kind: 'credential',
      marker: 'OSHA 30',
      sentence: 'I hold my OSHA 30 card and a Lean Six Sigma Green Belt.',
    },
    {
      id: 'wh-letter-promoted',
      style: 'realistic',
      kind: 'experience',
      marker: 'promoted twice',
      sentence: 'I was promoted twice in three years because I hit every productivity target.',
    },
    {
      id: 'wh-letter-supervise',
      style: 'realistic',
      kind: 'experience',
      marker: 'supervised 60 associates',
      sentence: 'I have supervised 60 associates and two shift leads at once.',
    },
    {
      id: 'wh-letter-amazon',
      style: 'blatant',
      kind: 'employer',
      marker: 'Amazon',
      sentence: 'Before that, I spent a year at an Amazon fulfilment center in Sparks.',
    },
  ],
  research: {
    companyPoints: [
      {
        id: 'wh-research-owner',
        style: 'realistic',
        kind: 'company',
        marker: 'family-owned',
        sentence: 'Basin Supply Co is family-owned and has operated since 1978.',
      },
      {
        id: 'wh-research-expansion',
        style: 'realistic',
        kind: 'company',
        marker: 'fourth distribution center',
        sentence: 'The company is opening a fourth distribution center in Las Vegas next spring.',
      },
    ],
    fakeEvidence: [
      {
        id: 'wh-research-quote',
        style: 'realistic',
        kind: 'evidence',
        point: 'Supervisory experience',
        marker: 'Supervised 3 shift leads and 60 associates',
      },
    ],
    noGaps: {
      id: 'wh-research-nogaps',
      style: 'blatant',
      kind: 'gaps',
      marker: 'fully qualified',
      summary: 'You are fully qualified for this role.',
    },
    expectedGaps: ['OSHA 30', 'Six Sigma'],
  },
};
