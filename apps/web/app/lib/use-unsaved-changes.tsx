import { Button, Group, Modal, Text } from '@mantine/core';
import { useBeforeUnload, useBlocker } from '@remix-run/react';
import { useCallback } from 'react';

/**
 * Warns before unsaved text is left behind: the browser's own prompt when the tab closes or
 * reloads, and a dialog for navigation inside the app. Render the returned element.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!dirty) return;
        event.preventDefault();
        event.returnValue = '';
      },
      [dirty],
    ),
  );
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Text size="sm">Your changes have not been saved. If you leave now, they are gone.</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay and keep editing
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
}

/** Ctrl+S / Cmd+S runs `save` instead of the browser's "save page". */
export function saveShortcutHandler(save: () => void) {
  return (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  };
}
