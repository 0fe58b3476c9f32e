import { describe, expect, it } from 'vitest';
import { sortItems } from '~/components/board/application-table';
import type { PipelineItem } from '~/components/board/pipeline-item';
import { filterPipeline } from '~/routes/_app.board';

const item = (overrides: Partial<PipelineItem>): PipelineItem => ({
  id: crypto.randomUUID(),
  name: 'acme_engineer_2026_11_25',
  companyName: 'Acme',
  roleTitle: 'Engineer',
  status: 'draft',
  priorityLevel: 'medium',
  stage: 'saved',
  stageChangedAt: '2026-11-20T00:00:00Z',
  appliedAt: null,
  createdAt: '2026-11-01T00:00:00Z',
  nextAction: null,
  ...overrides,
});

describe('the list view', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const items = [
    item({ companyName: 'Zeta', stage: 'interviewing', appliedAt: '2026-11-10T00:00:00Z' }),
    item({
      companyName: 'Alpha',
      stage: 'applied',
      appliedAt: '2026-11-12T00:00:00Z',
      nextAction: { reminderId: 'r', title: 'Follow up', dueAt: '2026-11-24T00:00:00Z', kind: 'follow_up' },
    }),
    item({ companyName: 'Mid', roleTitle: 'Designer' }),
  ];

  it('sorts by any column, with missing values last either way', () => {
    expect(sortItems(items, { key: 'company', descending: false }).map((i) => i.companyName)).toEqual([
      'Alpha',
      'Mid',
      'Zeta',
    ]);
    expect(sortItems(items, { key: 'stage', descending: true }).map((i) => i.companyName)).toEqual([
      'Zeta',
      'Alpha',
      'Mid',
    ]);
    expect(sortItems(items, { key: 'applied', descending: true }).map((i) => i.companyName)).toEqual([
      'Alpha',
      'Zeta',
      'Mid',
    ]);
    expect(sortItems(items, { key: 'next', descending: false }).at(-1)!.nextAction).toBeNull();
  });

  it('filters by words, stage and overdue follow-ups', () => {
    expect(filterPipeline(items, 'designer', '', false, now).map((i) => i.companyName)).toEqual(['Mid']);
    expect(filterPipeline(items, '', 'interviewing', false, now).map((i) => i.companyName)).toEqual(['Zeta']);
    expect(filterPipeline(items, '', '', true, now).map((i) => i.companyName)).toEqual(['Alpha']);
  });
});
