/**
 * One stage menu for the whole board, opened from the small stage button on each card. A native
 * <select> of eight options on every card was a quarter of a 500-card board's HTML and as many
 * elements to render on the server; the menu is rendered only while it is open.
 * It follows the menu pattern: arrow keys, Home and End move between stages, Enter or Space picks
 * one, Escape or Tab closes it and gives focus back to the button; a tap or click outside closes it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { APPLICATION_STAGES, STAGE_LABEL, type ApplicationStage } from '@jobforge/domain';
import classes from './board.module.css';
import type { PipelineItem } from './pipeline-item';

export interface StageMenuTarget {
  item: PipelineItem;
  /** The button that opened the menu: the menu is placed under it and gives focus back to it. */
  anchor: HTMLElement;
}

export const STAGE_MENU_ID = 'board-stage-menu';

/** The small button on a card or a row that opens the menu; it shows the stage the application is in. */
export function StageButton({
  item,
  menuOpen,
  onOpenMenu,
}: {
  item: PipelineItem;
  menuOpen: boolean;
  onOpenMenu: (item: PipelineItem, button: HTMLElement) => void;
}) {
  return (
    <button
      type="button"
      className={classes.stageButton}
      aria-haspopup="menu"
      aria-expanded={menuOpen || undefined}
      aria-controls={menuOpen ? STAGE_MENU_ID : undefined}
      aria-label={`Stage of ${item.companyName}, ${item.roleTitle}: ${STAGE_LABEL[item.stage]}`}
      onClick={(event) => onOpenMenu(item, event.currentTarget)}
      // A press on the button is not the start of a drag of its card.
      onPointerDown={(event) => event.stopPropagation()}
    >
      {STAGE_LABEL[item.stage]}
    </button>
  );
}

/**
 * The menu's state for a view of many applications (the board, the list): which one it is open for,
 * and what opening, closing and choosing do. `container` holds the view's stage buttons: a moved
 * application may be rendered anew (in another column), and focus goes to its stage button there.
 */
export function useStageMenu(
  onMove: (item: PipelineItem, stage: ApplicationStage) => void,
  container: RefObject<HTMLElement | null>,
) {
  const [target, setTarget] = useState<StageMenuTarget | null>(null);
  const open = useCallback(
    (item: PipelineItem, anchor: HTMLElement) =>
      setTarget((current) => (current?.item.id === item.id ? null : { item, anchor })),
    [],
  );
  const close = useCallback(
    (refocus: boolean) => {
      if (refocus) target?.anchor.focus();
      setTarget(null);
    },
    [target],
  );
  const choose = useCallback(
    (item: PipelineItem, stage: ApplicationStage) => {
      onMove(item, stage);
      requestAnimationFrame(() =>
        container.current
          ?.querySelector(`a[href="/applications/${item.id}"]`)
          ?.closest('li, tr')
          ?.querySelector<HTMLElement>('[aria-haspopup="menu"]')
          ?.focus(),
      );
    },
    [onMove, container],
  );
  const menu = <StageMenu target={target} onClose={close} onChoose={choose} />;
  return { openFor: target?.item.id ?? null, open, menu };
}

/** Gap kept between the menu and its button or the edge of the window, in pixels. */
const GAP = 4;

export function StageMenu({
  target,
  onClose,
  onChoose,
}: {
  target: StageMenuTarget | null;
  /** `refocus`: give focus back to the button (keyboard closing), not where a pointer went. */
  onClose: (refocus: boolean) => void;
  onChoose: (item: PipelineItem, stage: ApplicationStage) => void;
}) {
  // Only ever rendered after a click in the browser, so the layout effect below never runs on the server.
  return target ? <OpenMenu target={target} onClose={onClose} onChoose={onChoose} /> : null;
}

function OpenMenu({
  target: { item, anchor },
  onClose,
  onChoose,
}: {
  target: StageMenuTarget;
  onClose: (refocus: boolean) => void;
  onChoose: (item: PipelineItem, stage: ApplicationStage) => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  // Under the button, or above it when the window has no room below; never past the window's edges.
  useLayoutEffect(() => {
    const own = menu.current!.getBoundingClientRect();
    const button = anchor.getBoundingClientRect();
    const below = button.bottom + GAP;
    const top = below + own.height <= window.innerHeight - GAP ? below : Math.max(GAP, button.top - GAP - own.height);
    const left = Math.max(GAP, Math.min(button.left, window.innerWidth - GAP - own.width));
    setPlace({ top, left });
  }, [anchor]);

  useEffect(() => {
    if (!place) return;
    const current = menu.current!.querySelector<HTMLElement>('[aria-checked="true"]');
    current?.focus({ preventScroll: true });
  }, [place]);

  // A pointer outside, a scroll (the menu would float away from its card) or a resize closes it.
  useEffect(() => {
    const outside = (event: Event) => {
      const node = event.target as Node;
      if (!menu.current?.contains(node) && !anchor.contains(node)) onClose(false);
    };
    const away = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', away, true);
    window.addEventListener('resize', away);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', away, true);
      window.removeEventListener('resize', away);
    };
  }, [anchor, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...menu.current!.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in to) {
      event.preventDefault();
      items[to[event.key]!]!.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
    }
  };

  return createPortal(
    <div
      ref={menu}
      id={STAGE_MENU_ID}
      role="menu"
      aria-label={`Move ${item.companyName}, ${item.roleTitle} to`}
      className={classes.menu}
      style={place ? { top: place.top, left: place.left } : { top: 0, left: 0, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {APPLICATION_STAGES.map((stage) => (
        <button
          key={stage}
          type="button"
          role="menuitemradio"
          aria-checked={stage === item.stage}
          tabIndex={-1}
          className={classes.menuItem}
          onClick={() => {
            onClose(true);
            if (stage !== item.stage) onChoose(item, stage);
          }}
        >
          {STAGE_LABEL[stage]}
        </button>
      ))}
    </div>,
    document.body,
  );
}
