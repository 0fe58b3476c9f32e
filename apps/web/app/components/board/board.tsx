/**
 * The board: one column per stage, cards dragged between them with @dnd-kit (mouse, touch on the
 * grip, and keyboard: space to pick up, left/right to change column, space to drop, escape to cancel).
 * Screen readers hear each step in the stage's own words.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { APPLICATION_STAGES, STAGE_LABEL, isApplicationStage, type ApplicationStage } from '@jobforge/domain';
import { STAGE_COLOR } from '~/lib/colors';
import { useFollowLinks } from '~/lib/follow-links';
import { BoardCard, CardBody } from './board-card';
import classes from './board.module.css';
import { COLUMN_PREFIX, columnCoordinates } from './keyboard-columns';
import type { PipelineItem, PipelineViewProps } from './pipeline-item';
import { useStageMenu } from './stage-menu';

const stageOfColumn = (id: unknown): ApplicationStage | null => {
  const stage = String(id ?? '').slice(COLUMN_PREFIX.length);
  return isApplicationStage(stage) ? stage : null;
};

/** The pointer decides where a mouse drop lands; the card's rectangle where a keyboard drop does. */
const collisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

export const SCREEN_READER_INSTRUCTIONS =
  'To move an application to another stage, press space on its grip, use the left and right arrow keys ' +
  'to choose a column, then press space to drop it there, or escape to cancel. Each card also has a stage menu.';

export function Board({ items, timeZone, now, onMove }: PipelineViewProps) {
  const [active, setActive] = useState<PipelineItem | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const byStage = useMemo(() => {
    const columns = Object.fromEntries(APPLICATION_STAGES.map((stage) => [stage, [] as PipelineItem[]]));
    for (const item of items) columns[item.stage]!.push(item);
    return columns as Record<ApplicationStage, PipelineItem[]>;
  }, [items]);
  const followLinks = useFollowLinks();
  const board = useRef<HTMLDivElement>(null);
  const stageMenu = useStageMenu(onMove, board);

  const itemOf = useCallback((id: unknown) => items.find((item) => item.id === id) ?? null, [items]);
  const announcements: Announcements = useMemo(() => {
    const name = (id: unknown) => {
      const item = itemOf(id);
      return item ? `${item.companyName}, ${item.roleTitle}` : 'The application';
    };
    return {
      onDragStart: ({ active: dragged }) =>
        `Picked up ${name(dragged.id)}, in ${STAGE_LABEL[itemOf(dragged.id)?.stage ?? 'saved']}.`,
      onDragOver: ({ active: dragged, over }) => {
        const stage = stageOfColumn(over?.id);
        return stage ? `${name(dragged.id)} is over ${STAGE_LABEL[stage]}.` : `${name(dragged.id)} is over no column.`;
      },
      onDragEnd: ({ active: dragged, over }) => {
        const stage = stageOfColumn(over?.id);
        return stage ? `${name(dragged.id)} dropped in ${STAGE_LABEL[stage]}.` : `${name(dragged.id)} was not moved.`;
      },
      onDragCancel: ({ active: dragged }) => `Moving cancelled. ${name(dragged.id)} stays where it was.`,
    };
  }, [itemOf]);

  const onDragStart = (event: DragStartEvent) => setActive(itemOf(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const item = itemOf(event.active.id);
    const stage = stageOfColumn(event.over?.id);
    if (item && stage && stage !== item.stage) onMove(item, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      <div ref={board} className={classes.board} onClick={followLinks} role="region" aria-label="Applications by stage">
        {APPLICATION_STAGES.map((stage) => (
          <Column key={stage} stage={stage} count={byStage[stage].length}>
            {byStage[stage].map((item) => (
              <BoardCard
                key={item.id}
                item={item}
                timeZone={timeZone}
                now={now}
                menuOpen={stageMenu.openFor === item.id}
                onOpenMenu={stageMenu.open}
              />
            ))}
          </Column>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className={`${classes.card} ${classes.overlay}`}>
            <CardBody item={active} timeZone={timeZone} now={now} />
          </div>
        ) : null}
      </DragOverlay>
      {stageMenu.menu}
    </DndContext>
  );
}

function Column({ stage, count, children }: { stage: ApplicationStage; count: number; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${stage}` });
  const headingId = `column-${stage}`;
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
      data-stage={stage}
      style={{ '--stage-color': `var(--mantine-color-${STAGE_COLOR[stage]}-filled)` } as React.CSSProperties}
    >
      <h2 className={classes.columnTitle} id={headingId}>
        <span>{STAGE_LABEL[stage]}</span>
        <span className={classes.count} aria-label={`${count} application${count === 1 ? '' : 's'}`}>
          {count}
        </span>
      </h2>
      <ul className={classes.cards}>{children}</ul>
      {count === 0 ? <p className={classes.empty}>Drop an application here</p> : null}
    </section>
  );
}
