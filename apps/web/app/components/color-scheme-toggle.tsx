import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';

/**
 * Follows the system until the user picks; both icons are rendered and CSS shows the right one,
 * so the server's HTML matches whatever scheme the browser turns out to use.
 */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label="Switch between light and dark colour scheme"
      title="Switch between light and dark"
      onClick={() => setColorScheme(next)}
    >
      <IconSun size={18} stroke={1.6} className="jf-dark-only" />
      <IconMoon size={18} stroke={1.6} className="jf-light-only" />
    </ActionIcon>
  );
}
