import type { CSSProperties } from 'react';
import { PRIORITY_LABEL, STATUS_LABEL, type ApplicationStatus, type PriorityLevel } from '@jobforge/domain';
import { PRIORITY_COLOR, STATUS_COLOR } from '~/lib/colors';
import classes from './sidebar.module.css';

/** A light badge without Mantine's component machinery: it is rendered once per application card. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const color = STATUS_COLOR[status];
  return (
    <span
      className={classes.badge}
      style={
        {
          '--badge-color': `var(--mantine-color-${color}-light-color)`,
          '--badge-bg': `var(--mantine-color-${color}-light)`,
        } as CSSProperties
      }
    >
      {STATUS_LABEL[status]}
    </span>
  );
}

/** The coloured dot is drawn by CSS (::before): one element per mark, on every card of a long list. */
export function PriorityMark({ priority }: { priority: PriorityLevel }) {
  return (
    <span
      className={classes.priority}
      style={{ '--dot-color': `var(--mantine-color-${PRIORITY_COLOR[priority]}-5)` } as CSSProperties}
    >
      {`${PRIORITY_LABEL[priority]} priority`}
    </span>
  );
}
