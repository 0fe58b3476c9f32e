import { Alert, Badge, Button, Code, CopyButton, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { Form, useNavigation } from '@remix-run/react';
import { formatMoment, LIMITS } from '@jobforge/domain';
import { ConfirmRevokeButton } from './confirm-revoke-button';
import { SettingsCell, SettingsSection, SettingsTable } from './settings-section';

const SCOPE_CHOICES = [
  { value: 'read_write', label: 'Read and write' },
  { value: 'read', label: 'Read only' },
];

const EXPIRY_CHOICES = [
  { value: '', label: 'Never (until revoked)' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '7', label: '7 days' },
  { value: '365', label: '1 year' },
];

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  expiresAt: Date | string | null;
  scope: 'read' | 'read_write';
}

/** "Never", a date, or "Expired" once the date has passed (the token then no longer works). */
function expiryText(expiresAt: Date | string | null): string {
  if (!expiresAt) return 'Never';
  return new Date(expiresAt).getTime() <= Date.now() ? `Expired ${formatMoment(expiresAt)}` : formatMoment(expiresAt);
}

/** Personal API tokens: create one (shown once), see when each was used, revoke any. */
export function ApiTokens({
  tokens,
  created,
  nameError,
}: {
  tokens: ApiTokenRow[];
  created: { name: string; token: string } | null;
  nameError?: string | undefined;
}) {
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' ? navigation.formData : null;
  return (
    <SettingsSection
      id="tokens"
      title="API tokens"
      icon={<IconKey size={20} aria-hidden />}
      intro={
        <>
          For scripts and other apps using the typed client: send <Code>Authorization: Bearer &lt;token&gt;</Code>. A
          token is shown once, when it is created. A read-only token can list and download but change nothing.
        </>
      }
    >
      {created ? (
        <Alert color="teal" title={`Token "${created.name}" created`} mb="md" icon={<IconCheck size={18} />}>
          <Text size="sm" mb="xs">
            Copy it now: it will not be shown again.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'normal' }} data-testid="new-token">
              {created.token}
            </Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  onClick={copy}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      ) : null}

      <Form method="post">
        <input type="hidden" name="intent" value="create-token" />
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Token name"
            name="name"
            required
            maxLength={LIMITS.name}
            placeholder="Laptop script"
            error={nameError}
            style={{ flex: '1 1 220px' }}
          />
          <NativeSelect label="Access" name="scope" data={SCOPE_CHOICES} w={170} />
          <NativeSelect label="Expires" name="expiresInDays" data={EXPIRY_CHOICES} w={200} />
          <Button type="submit" loading={pending?.get('intent') === 'create-token'}>
            Create token
          </Button>
        </Group>
      </Form>

      {tokens.length === 0 ? (
        <Text size="sm" c="dimmed" mt="md">
          No API tokens yet.
        </Text>
      ) : (
        <SettingsTable
          mt="md"
          columns={[
            { label: 'Name' },
            { label: 'Access' },
            { label: 'Created', wide: true },
            { label: 'Last used' },
            { label: 'Expires', wide: true },
          ]}
        >
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {token.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={token.scope === 'read' ? 'gray' : 'blue'}>
                  {token.scope === 'read' ? 'Read only' : 'Read and write'}
                </Badge>
              </Table.Td>
              <SettingsCell wide>{formatMoment(token.createdAt)}</SettingsCell>
              <SettingsCell>{token.lastUsedAt ? formatMoment(token.lastUsedAt) : 'Never'}</SettingsCell>
              <SettingsCell wide>{expiryText(token.expiresAt)}</SettingsCell>
              <Table.Td ta="right">
                <ConfirmRevokeButton
                  intent="revoke-token"
                  id={token.id}
                  label={`Revoke token ${token.name}`}
                  title={`Revoke "${token.name}"?`}
                >
                  Anything using this token (scripts, assistants, other apps) stops working at once. This cannot be
                  undone; you can create a new token.
                </ConfirmRevokeButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </SettingsTable>
      )}
    </SettingsSection>
  );
}
