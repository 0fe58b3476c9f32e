import { notifications } from '@mantine/notifications';
import { useSearchParams } from '@remix-run/react';
import { useEffect } from 'react';

/**
 * Shows a toast for an outcome that an action passed along in the redirect's query string
 * (e.g. `?deleted=1`), then drops the parameter so a reload does not repeat it.
 */
export function useFlashParam(name: string, message: string, color = 'teal') {
  const [searchParams, setSearchParams] = useSearchParams();
  const present = searchParams.has(name);
  useEffect(() => {
    if (!present) return;
    notifications.show({ color, message });
    setSearchParams(
      (params) => {
        params.delete(name);
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [present, name, message, color, setSearchParams]);
}
