import { useNavigation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import classes from './navigation-indicator.module.css';

/**
 * A thin bar at the top while a page loads or a form is sent. It appears only after a short
 * delay, so quick navigations do not flicker.
 */
export function NavigationIndicator() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), 150);
    return () => clearTimeout(timer);
  }, [busy]);
  return (
    <div
      className={classes.track}
      data-visible={visible || undefined}
      role="progressbar"
      aria-hidden={!visible}
      aria-label="Loading"
    >
      <div className={classes.bar} />
    </div>
  );
}
