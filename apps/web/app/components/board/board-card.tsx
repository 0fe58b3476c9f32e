import { useDraggable } from '@dnd-kit/core';
import { memo, type ReactNode } from 'react';
import { PriorityMark } from '~/components/status-badge';
import { STAGE_LABEL } from '@jobforge/domain';
import { daysSince, dueLabel } from '~/lib/time';
import classes from './board.module.css';
import type { PipelineItem } from './pipeline-item';
import { StageButton } from './stage-menu';

/**
 * One application on the board: plain elements, icons drawn by CSS (a board may hold hundreds of
 * cards, and every element is rendered and sent by the server). The whole card can be dragged with a
 * mouse; the grip is the keyboard (and touch) handle; the stage button opens the board's one stage
 * menu, so a phone or a keyboard can move the card without dragging at all.
 */
export const BoardCard = memo(function BoardCard({
  item,
  timeZone,
  now,
  menuOpen,
  onOpenMenu,
}: {
  item: PipelineItem;
  timeZone: string;
  now: number;
  menuOpen: boolean;
  onOpenMenu: (item: PipelineItem, button: HTMLElement) => void;
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
        />
      </CardBody>
      <StageButton item={item} menuOpen={menuOpen} onOpenMenu={onOpenMenu} />
    </li>
  );
});

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
          {`${days === 0 ? 'Today' : `${days} day${days === 1 ? '' : 's'}`} in ${STAGE_LABEL[item.stage]}`}
        </span>
        <PriorityMark priority={item.priorityLevel} />
      </div>
      {next ? (
        <div className={classes.next} data-overdue={overdue || undefined}>
          <span className={classes.nextTitle}>{next.title}</span>
          <span suppressHydrationWarning>{` · ${dueLabel(next.dueAt, timeZone, now)}`}</span>
        </div>
      ) : null}
    </>
  );
}
