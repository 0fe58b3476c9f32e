import { useMounted } from '@mantine/hooks';
import type { ReactNode } from 'react';
import classes from './insights.module.css';

/**
 * Charts draw in the browser only: they size themselves from their container, which a server does not
 * have. The numbers they show are always in the table beside them, server-rendered.
 */
export function ClientOnly({ children, label }: { children: () => ReactNode; label: string }) {
  const mounted = useMounted();
  return (
    <div className={classes.chart} role="img" aria-label={label}>
      {mounted ? children() : null}
    </div>
  );
}
