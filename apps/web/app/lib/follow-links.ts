import { useNavigate } from '@remix-run/react';
import { useCallback, type MouseEvent } from 'react';

/**
 * Long lists render plain <a href> links and one click handler on the list that hands them to the
 * router: a router <Link> per item costs several hooks each, which shows in server-render time.
 * Modified clicks (new tab, new window) keep the browser's behaviour.
 */
export function useFollowLinks(onNavigate?: () => void) {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = (event.target as HTMLElement).closest('a');
      const href = anchor?.getAttribute('href');
      if (!href || !href.startsWith('/') || anchor?.target) return;
      event.preventDefault();
      onNavigate?.();
      navigate(href);
    },
    [navigate, onNavigate],
  );
}
