import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import { Outlet } from '@remix-run/react';
import { Brand } from '~/components/brand';
import { ColorSchemeToggle } from '~/components/color-scheme-toggle';

/** Sign-in and registration: one centred card, nothing else to distract. */
export default function AuthLayout() {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" p="md">
        <Brand />
        <ColorSchemeToggle />
      </Group>
      <Center px="md" pb="xl" pt={{ base: 'md', sm: 48 }}>
        <Stack w="100%" maw={420} gap="md">
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="lg" component="main" id="main">
            <Outlet />
          </Paper>
          <Text ta="center" size="sm" c="dimmed">
            Research, a tailored resume and a cover letter for every job you apply to.
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
