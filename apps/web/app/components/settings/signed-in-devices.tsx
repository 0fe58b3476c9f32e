import { Badge, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatMoment } from '@jobforge/domain';
import { describeUserAgent } from '~/lib/user-agent';
import { RevokeButton } from './revoke-button';

export interface DeviceSession {
  id: string;
  current: boolean;
  userAgent: string | null;
  ipAddress: string | null;
  lastSeenAt: Date | string;
  createdAt: Date | string;
}

/** The sessions signed in to this account, each with a way to end it. */
export function SignedInDevices({ sessions }: { sessions: DeviceSession[] }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="lg" component="section" aria-labelledby="sessions-heading">
      <Title order={2} fz="lg" id="sessions-heading">
        Signed-in devices
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Sign out a device you no longer use, or one you do not recognise.
      </Text>
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Last active</Table.Th>
              <Table.Th visibleFrom="sm">Signed in</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{describeUserAgent(session.userAgent)}</Text>
                    {session.current ? (
                      <Badge size="sm" variant="light">
                        This device
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {session.ipAddress ?? 'address unknown'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatMoment(session.lastSeenAt)}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{formatMoment(session.createdAt)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <RevokeButton
                    intent="revoke-session"
                    id={session.id}
                    label={
                      session.current ? 'Sign out this device' : `Sign out ${describeUserAgent(session.userAgent)}`
                    }
                  >
                    {session.current ? 'Sign out' : 'Revoke'}
                  </RevokeButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
