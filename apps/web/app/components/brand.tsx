import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';

export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon
        size={size === 'lg' ? 36 : 30}
        radius="md"
        variant="gradient"
        gradient={{ from: 'indigo', to: 'violet', deg: 135 }}
        aria-hidden
      >
        <IconHammer size={size === 'lg' ? 22 : 18} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'lg' ? 24 : 18} lh={1}>
        Job Forge
      </Text>
    </Group>
  );
}
