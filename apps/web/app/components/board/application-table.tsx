/**
 * The list view of the pipeline: one row per application, sortable by any column, with the same
 * stage button and menu as the board's cards.
 */
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { APPLICATION_STAGES, PRIORITY_LABEL } from '@jobforge/domain';
import { useFollowLinks } from '~/lib/follow-links';
import { daysSince, dueLabel, formatDate } from '~/lib/time';
import classes from './application-table.module.css';
import type { PipelineItem, PipelineViewProps } from './pipeline-item';
import { StageButton, useStageMenu } from './stage-menu';

export const SORT_KEYS = ['company', 'stage', 'inStage', 'next', 'applied', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : null);

/** Sort values; missing ones (no reminder, not applied) always go last. */
const VALUE: Record<SortKey, (item: PipelineItem) => string | number | null> = {
  company: (item) => `${item.companyName} ${item.roleTitle}`.toLowerCase(),
  stage: (item) => APPLICATION_STAGES.indexOf(item.stage),
  inStage: (item) => -(time(item.stageChangedAt) ?? 0),
  next: (item) => time(item.nextAction?.dueAt),
  applied: (item) => time(item.appliedAt),
  created: (item) => time(item.createdAt),
};

export function sortItems(items: PipelineItem[], sort: Sort): PipelineItem[] {
  const value = VALUE[sort.key];
  return [...items].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.descending ? -order : order;
  });
}

const HEADERS: Array<{ key: SortKey; label: string }> = [
  { key: 'company', label: 'Company and role' },
  { key: 'stage', label: 'Stage' },
  { key: 'inStage', label: 'In stage' },
  { key: 'next', label: 'Next action' },
  { key: 'applied', label: 'Applied' },
  { key: 'created', label: 'Created' },
];

export function ApplicationTable({ items, timeZone, now, onMove }: PipelineViewProps) {
  const [sort, setSort] = useState<Sort>({ key: 'created', descending: true });
  const sorted = useMemo(() => sortItems(items, sort), [items, sort]);
  const followLinks = useFollowLinks();
  const wrap = useRef<HTMLDivElement>(null);
  const stageMenu = useStageMenu(onMove, wrap);
  const toggle = (key: SortKey) =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : key === 'created' }));

  return (
    <div className={classes.wrap} ref={wrap}>
      <table className={classes.table} onClick={followLinks}>
        <caption className={classes.caption}>
          {items.length} application{items.length === 1 ? '' : 's'}, sorted by{' '}
          {HEADERS.find((header) => header.key === sort.key)!.label.toLowerCase()}
          {sort.descending ? ', descending' : ''}
        </caption>
        <thead>
          <tr>
            {HEADERS.map((header) => {
              const current = sort.key === header.key;
              const Icon = !current ? IconArrowsSort : sort.descending ? IconSortDescending : IconSortAscending;
              return (
                <th
                  key={header.key}
                  aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  data-column={header.key}
                >
                  <button type="button" className={classes.sort} onClick={() => toggle(header.key)}>
                    {header.label}
                    <Icon size={14} aria-hidden />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => {
            const next = item.nextAction;
            const overdue = next ? new Date(next.dueAt).getTime() < now : false;
            return (
              <tr key={item.id}>
                <td>
                  <a href={`/applications/${item.id}`} className={classes.company}>
                    {item.companyName}
                  </a>
                  <div className={classes.role}>
                    {item.roleTitle} · {PRIORITY_LABEL[item.priorityLevel]} priority
                  </div>
                </td>
                <td>
                  <StageButton item={item} menuOpen={stageMenu.openFor === item.id} onOpenMenu={stageMenu.open} />
                </td>
                <td suppressHydrationWarning>{daysSince(item.stageChangedAt, now)} d</td>
                <td data-overdue={overdue || undefined} className={classes.next}>
                  {next ? (
                    <>
                      {next.title}
                      <div className={classes.role} suppressHydrationWarning>
                        {dueLabel(next.dueAt, timeZone, now)}
                      </div>
                    </>
                  ) : (
                    <span className={classes.role}>None</span>
                  )}
                </td>
                <td>
                  {item.appliedAt ? (
                    formatDate(item.appliedAt, timeZone)
                  ) : (
                    <span className={classes.role}>Not yet</span>
                  )}
                </td>
                <td>{formatDate(item.createdAt, timeZone)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {stageMenu.menu}
    </div>
  );
}
