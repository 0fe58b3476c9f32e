import { useDraggable } from '@dnd-kit/core';
import { IconChevronDown, IconGripVertical } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import { PriorityMark } from '~/components/status-badge';
import { APPLICATION_STAGES, STAGE_LABEL, type ApplicationStage } from '@jobforge/domain';
import { daysSince, dueLabel } from '~/lib/time';
import classes from './board.module.css';
import type { PipelineItem } from './pipeline-item';

/**
 * One application on the board: plain elements (a board may hold hundreds of cards). The whole card
 * can be dragged with a mouse; the grip is the keyboard (and touch) handle; the stage menu is a native
 * select, so a phone or a keyboard can move the card without dragging at all.
 */
export function BoardCard({
  item,
  timeZone,
  now,
  onMove,
}: {
  item: PipelineItem;
  timeZone: string;
  now: number;
  onMove: (item: PipelineItem, stage: ApplicationStage) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.id,
    data: { item },
  });
  // dnd-kit types its listeners loosely; each goes on the element that should start that kind of drag.
  const listener = (name: string) => listeners?.[name] as ((event: unknown) => void) | undefined;
  return (
    <li
      ref={setNodeRef}
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-testid="board-card"
      onPointerDown={listener('onPointerDown')}
    >
      <CardBody item={item} timeZone={timeZone} now={now}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={classes.handle}
          {...attributes}
          onKeyDown={listener('onKeyDown')}
          onTouchStart={listener('onTouchStart')}
          aria-label={`Move ${item.companyName}, ${item.roleTitle} (now ${STAGE_LABEL[item.stage]})`}
        >
          <IconGripVertical size={16} aria-hidden />
        </button>
      </CardBody>
      <label className={classes.stageMenu}>
        <span className={classes.visuallyHidden}>
          Stage of {item.companyName}, {item.roleTitle}
        </span>
        <select
          value={item.stage}
          onChange={(event) => onMove(item, event.currentTarget.value as ApplicationStage)}
          onPointerDown={(event) => event.stopPropagation()}
        >
          {APPLICATION_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABEL[stage]}
            </option>
          ))}
        </select>
        <IconChevronDown size={14} aria-hidden />
      </label>
    </li>
  );
}

export function CardBody({
  item,
  timeZone,
  now,
  children,
}: {
  item: PipelineItem;
  timeZone: string;
  now: number;
  children?: ReactNode;
}) {
  const days = daysSince(item.stageChangedAt, now);
  const next = item.nextAction;
  const overdue = next ? new Date(next.dueAt).getTime() < now : false;
  return (
    <>
      <div className={classes.cardTop}>
        <a href={`/applications/${item.id}`} className={classes.company} draggable={false}>
          {item.companyName}
        </a>
        {children}
      </div>
      <div className={classes.role}>{item.roleTitle}</div>
      <div className={classes.meta}>
        <span suppressHydrationWarning>
          {days === 0 ? 'Today' : `${days} day${days === 1 ? '' : 's'}`} in {STAGE_LABEL[item.stage]}
        </span>
        <PriorityMark priority={item.priorityLevel} />
      </div>
      {next ? (
        <div
          className={classes.next}
          data-overdue={overdue || undefined}
          style={{ '--next-color': overdue ? 'var(--mantine-color-red-text)' : undefined } as CSSProperties}
        >
          <span className={classes.nextTitle}>{next.title}</span>
          <span suppressHydrationWarning> · {dueLabel(next.dueAt, timeZone, now)}</span>
        </div>
      ) : null}
    </>
  );
}
