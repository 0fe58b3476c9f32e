import { Anchor, Collapse, type MantineSize } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * A small link that shows and hides the part below it. A real button with aria-expanded, so a
 * screen reader says whether the part is open; it keeps to its own width inside a column.
 */
export function Disclosure({
  showLabel,
  hideLabel,
  size,
  children,
}: {
  showLabel: string;
  hideLabel: string;
  size: MantineSize;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size={size}
        onClick={() => setOpen((shown) => !shown)}
        aria-expanded={open}
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? hideLabel : showLabel}
      </Anchor>
      <Collapse in={open}>{children}</Collapse>
    </>
  );
}
