/**
 * Stage changes that show at once and are undone with a clear message when the server refuses.
 * The board and the list share it. Local overrides sit on top of the shell's loader data until a
 * revalidation brings the same answer from the server.
 */
import { notifications } from '@mantine/notifications';
import { useRevalidator } from '@remix-run/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STAGE_LABEL, type ApplicationStage } from '@jobforge/domain';
import { trpc } from '~/lib/trpc';
import type { PipelineItem } from './pipeline-item';

type Override = Partial<PipelineItem> & { stage: ApplicationStage };

export function useStageMover(items: PipelineItem[], onAnnounce?: (message: string) => void) {
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const pending = useRef(new Set<string>());
  const revalidator = useRevalidator();
  const mutation = trpc.applications.moveStage.useMutation();

  // Fresh loader data replaces the overrides of settled moves.
  useEffect(() => {
    setOverrides((current) => Object.fromEntries(Object.entries(current).filter(([id]) => pending.current.has(id))));
  }, [items]);

  const shown = useMemo(
    () => (Object.keys(overrides).length === 0 ? items : items.map((item) => ({ ...item, ...overrides[item.id] }))),
    [items, overrides],
  );

  const move = useCallback(
    (item: PipelineItem, stage: ApplicationStage) => {
      if (item.stage === stage) return;
      const previous = item.stage;
      const name = `${item.companyName}, ${item.roleTitle}`;
      pending.current.add(item.id);
      setOverrides((current) => ({
        ...current,
        [item.id]: { ...current[item.id], stage, stageChangedAt: new Date() },
      }));
      mutation.mutate(
        { id: item.id, stage },
        {
          onSuccess: (updated) => {
            pending.current.delete(item.id);
            setOverrides((current) => ({ ...current, [item.id]: { ...updated } }));
            onAnnounce?.(`${name} moved to ${STAGE_LABEL[stage]}.`);
            if (stage === 'applied' && updated.nextAction?.kind === 'follow_up') {
              notifications.show({
                color: 'teal',
                title: `${item.companyName}: applied`,
                message:
                  'The documents you sent are kept with the application, and a follow-up is suggested in a week.',
              });
            }
            revalidator.revalidate();
          },
          onError: (error) => {
            pending.current.delete(item.id);
            setOverrides((current) => ({ ...current, [item.id]: { ...current[item.id], stage: previous } }));
            const message = `${name} could not be moved to ${STAGE_LABEL[stage]}: ${error.message} It is back in ${STAGE_LABEL[previous]}.`;
            onAnnounce?.(message);
            notifications.show({ color: 'red', title: 'Stage not changed', message, autoClose: 10_000 });
          },
        },
      );
    },
    [mutation, onAnnounce, revalidator],
  );

  return { items: shown, move };
}
