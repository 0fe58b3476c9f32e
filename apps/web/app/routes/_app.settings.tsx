import { CalendarFeedSettings } from '~/components/calendar-feed-settings';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconKey, IconRobot } from '@tabler/icons-react';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect } from 'react';
import { readAiEngine } from '~/lib/ai.server';
import { serverApi } from '~/lib/api.server';
import { formatMoment, LIMITS } from '~/lib/domain';
import { describeUserAgent } from '~/lib/user-agent';
import { textField, type FieldErrors } from '~/lib/validation';

export const meta: MetaFunction = () => [{ title: 'Settings · Job Forge' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const [sessions, tokens] = await api.load((caller) =>
    Promise.all([caller.auth.sessions(), caller.auth.listApiTokens()]),
  );
  const engine = await readAiEngine(api, context);
  return data({ sessions, tokens, engine }, { headers: api.headers });
}

type SettingsActionData =
  | { intent: 'create-token'; ok: true; token: string; name: string }
  | { intent: string; ok: true; message: string }
  | { intent: string; ok: false; message: string; fieldErrors: FieldErrors };

const EXPIRY_CHOICES = [
  { value: '', label: 'Never (until revoked)' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
];

export async function action({ request, context }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const form = await request.formData();
  const intent = textField(form, 'intent');
  const reply = (body: SettingsActionData, status = 200) =>
    data<SettingsActionData>(body, { status, headers: api.headers });
  const failed = (failure: { message: string; status: number; fieldErrors: FieldErrors }) =>
    reply({ intent, ok: false, message: failure.message, fieldErrors: failure.fieldErrors }, failure.status);

  if (intent === 'revoke-session') {
    const result = await api.act((caller) => caller.auth.revokeSession({ id: textField(form, 'id') }));
    if (!result.ok) return failed(result.failure);
    if (result.value.endedCurrentSession) throw redirect('/login', { headers: api.headers });
    return reply({ intent, ok: true, message: 'Session signed out.' });
  }
  if (intent === 'create-token') {
    const name = textField(form, 'name').trim();
    if (!name)
      return reply({ intent, ok: false, message: 'Name the token first.', fieldErrors: { name: 'Required' } }, 400);
    const days = Number(textField(form, 'expiresInDays'));
    const result = await api.act((caller) =>
      caller.auth.createApiToken({ name, ...(Number.isInteger(days) && days > 0 ? { expiresInDays: days } : {}) }),
    );
    if (!result.ok) return failed(result.failure);
    return reply({ intent, ok: true, token: result.value.token, name: result.value.name });
  }
  if (intent === 'revoke-token') {
    const result = await api.act((caller) => caller.auth.revokeApiToken({ id: textField(form, 'id') }));
    if (!result.ok) return failed(result.failure);
    return reply({ intent, ok: true, message: 'Token revoked: it no longer works.' });
  }
  return reply(
    { intent, ok: false, message: 'This form sent an action the page does not know.', fieldErrors: {} },
    400,
  );
}

export default function Settings() {
  const { sessions, tokens, engine } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' ? navigation.formData : null;
  const created = actionData && actionData.ok && 'token' in actionData ? actionData : null;
  const tokenError = actionData && !actionData.ok && actionData.intent === 'create-token' ? actionData : null;

  useEffect(() => {
    if (!actionData || (actionData.ok && 'token' in actionData)) return;
    if (actionData.ok) notifications.show({ color: 'teal', message: actionData.message });
    else if (!(actionData.intent === 'create-token' && actionData.fieldErrors.name)) {
      notifications.show({ color: 'red', title: 'That did not work', message: actionData.message });
    }
  }, [actionData]);

  return (
    <Stack gap="xl" maw={1000}>
      <Title order={1}>Settings</Title>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="lg" component="section" aria-labelledby="ai-heading">
        <Group gap="xs" mb="xs">
          <IconRobot size={20} aria-hidden />
          <Title order={2} fz="lg" id="ai-heading">
            AI engine
          </Title>
        </Group>
        <Stack gap={6}>
          <Group gap="xs">
            <Text size="sm">Writing documents:</Text>
            {engine.textEngine === 'claude' ? (
              <Badge color="violet" variant="light">
                Claude{engine.textModel ? ` (${engine.textModel})` : ''}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                Offline engine
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Text size="sm">Matching resumes to jobs:</Text>
            {engine.embeddings === 'openai' ? (
              <Badge color="teal" variant="light">
                OpenAI embeddings{engine.embeddingModel ? ` (${engine.embeddingModel})` : ''}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                Keyword matching
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {engine.textEngine === 'claude'
              ? 'Documents are written by Claude and checked against your own material before they are saved.'
              : 'No Claude API key is configured, so the offline engine writes documents from your own material with deterministic rules. It never calls a remote service.'}
            {engine.generation ? '' : ' The phase buttons are not connected on this server yet.'}
          </Text>
        </Stack>
      </Paper>

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
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke-session" />
                      <input type="hidden" name="id" value={session.id} />
                      <Button
                        type="submit"
                        size="xs"
                        variant="default"
                        color="red"
                        loading={pending?.get('id') === session.id}
                        aria-label={
                          session.current ? 'Sign out this device' : `Sign out ${describeUserAgent(session.userAgent)}`
                        }
                      >
                        {session.current ? 'Sign out' : 'Revoke'}
                      </Button>
                    </Form>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <CalendarFeedSettings />

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="lg" component="section" aria-labelledby="tokens-heading">
        <Group gap="xs">
          <IconKey size={20} aria-hidden />
          <Title order={2} fz="lg" id="tokens-heading">
            API tokens
          </Title>
        </Group>
        <Text size="sm" c="dimmed" mb="md">
          For scripts and other apps using the typed client: send <Code>Authorization: Bearer &lt;token&gt;</Code>. A
          token is shown once, when it is created.
        </Text>

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
              error={tokenError?.fieldErrors.name}
              style={{ flex: '1 1 220px' }}
            />
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
          <Table.ScrollContainer minWidth={340} mt="md">
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th visibleFrom="sm">Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th visibleFrom="sm">Expires</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {token.name}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{formatMoment(token.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{token.lastUsedAt ? formatMoment(token.lastUsedAt) : 'Never'}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{token.expiresAt ? formatMoment(token.expiresAt) : 'Never'}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke-token" />
                        <input type="hidden" name="id" value={token.id} />
                        <Button
                          type="submit"
                          size="xs"
                          variant="default"
                          color="red"
                          loading={pending?.get('id') === token.id}
                          aria-label={`Revoke token ${token.name}`}
                        >
                          Revoke
                        </Button>
                      </Form>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
