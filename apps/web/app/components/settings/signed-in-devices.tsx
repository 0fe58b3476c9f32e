import { Badge, Group, Table, Text } from '@mantine/core';
import { formatMoment } from '@jobforge/domain';
import { describeUserAgent } from '~/lib/user-agent';
import { RevokeButton } from './revoke-button';
import { SettingsCell, SettingsSection, SettingsTable } from './settings-section';

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
    <SettingsSection
      id="sessions"
      title="Signed-in devices"
      intro="Sign out a device you no longer use, or one you do not recognise."
      introSpace="sm"
    >
      <SettingsTable columns={[{ label: 'Device' }, { label: 'Last active' }, { label: 'Signed in', wide: true }]}>
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
            <SettingsCell>{formatMoment(session.lastSeenAt)}</SettingsCell>
            <SettingsCell wide>{formatMoment(session.createdAt)}</SettingsCell>
            <Table.Td ta="right">
              <RevokeButton
                intent="revoke-session"
                id={session.id}
                label={session.current ? 'Sign out this device' : `Sign out ${describeUserAgent(session.userAgent)}`}
              >
                {session.current ? 'Sign out' : 'Revoke'}
              </RevokeButton>
            </Table.Td>
          </Table.Tr>
        ))}
      </SettingsTable>
    </SettingsSection>
  );
}
