/**
 * Keyboard dragging between columns: the arrow keys jump to the next column to the left or right
 * (dnd-kit's default moves a few pixels per press, which on a board means many presses per column).
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

export const COLUMN_PREFIX = 'column:';

export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (direction === 0) return undefined;
  const dragged = context.collisionRect;
  if (!dragged) return undefined;
  const columns = [...context.droppableRects.entries()]
    .filter(([id]) => String(id).startsWith(COLUMN_PREFIX))
    .map(([, rect]) => rect)
    .sort((a, b) => a.left - b.left);
  const center = dragged.left + dragged.width / 2;
  const index = columns.findIndex((rect) => center >= rect.left && center < rect.left + rect.width);
  const target = columns[index === -1 ? (direction > 0 ? 0 : columns.length - 1) : index + direction];
  if (!target) return undefined;
  event.preventDefault();
  return {
    x: currentCoordinates.x + (target.left + target.width / 2 - center),
    y: Math.min(Math.max(currentCoordinates.y, target.top), target.top + Math.max(0, target.height - dragged.height)),
  };
};
