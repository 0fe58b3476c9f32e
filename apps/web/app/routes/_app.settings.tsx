import { CalendarFeedSettings } from '~/components/calendar-feed-settings';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRobot } from '@tabler/icons-react';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useEffect } from 'react';
import { AccountSettings } from '~/components/settings/account-settings';
import { ApiTokens } from '~/components/settings/api-tokens';
import { SignedInDevices } from '~/components/settings/signed-in-devices';
import { readAiEngine } from '~/lib/ai.server';
import { isAccountIntent, runAccountAction } from '~/lib/account-actions.server';
import { serverApi } from '~/lib/api.server';
import { textField, type FieldErrors } from '~/lib/forms';
import { engineName } from '~/lib/engine-name';

export const meta: MetaFunction = () => [{ title: 'Settings · Job Forge' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const [me, sessions, tokens] = await api.load((caller) =>
    Promise.all([caller.auth.me(), caller.auth.sessions(), caller.auth.listApiTokens()]),
  );
  const engine = await readAiEngine(api);
  return data({ email: me.email, sessions, tokens, engine }, { headers: api.headers });
}

type SettingsActionData =
  | { intent: 'create-token'; ok: true; token: string; name: string }
  | { intent: string; ok: true; message: string }
  | { intent: string; ok: false; message: string; fieldErrors: FieldErrors };

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
  if (isAccountIntent(intent)) {
    const { status, ...result } = await runAccountAction(api, intent, form);
    return reply(result, status);
  }
  if (intent === 'create-token') {
    const name = textField(form, 'name').trim();
    if (!name)
      return reply({ intent, ok: false, message: 'Name the token first.', fieldErrors: { name: 'Required' } }, 400);
    const days = Number(textField(form, 'expiresInDays'));
    const scope = textField(form, 'scope') === 'read' ? 'read' : 'read_write';
    const result = await api.act((caller) =>
      caller.auth.createApiToken({
        name,
        scope,
        ...(Number.isInteger(days) && days > 0 ? { expiresInDays: days } : {}),
      }),
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

/** Messages under the fields say it all; a notification would only repeat them. */
const hasFieldErrors = (result: { ok: boolean; fieldErrors?: FieldErrors }) =>
  !result.ok && Object.keys(result.fieldErrors ?? {}).length > 0;

export default function Settings() {
  const { email, sessions, tokens, engine } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const created = actionData && actionData.ok && 'token' in actionData ? actionData : null;
  const tokenError = actionData && !actionData.ok && actionData.intent === 'create-token' ? actionData : null;

  useEffect(() => {
    if (!actionData || (actionData.ok && 'token' in actionData)) return;
    if (actionData.ok) notifications.show({ color: 'teal', message: actionData.message });
    else if (!(actionData.intent === 'create-token' && actionData.fieldErrors.name) && !hasFieldErrors(actionData)) {
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
            {engine.textEngine !== 'offline' ? (
              <Badge color="violet" variant="light">
                {engineName(engine.textEngine, engine.textModel)}
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
              : engine.textEngine === 'openai-compatible'
              ? 'Documents are written by a model on the OpenAI-compatible server this Job Forge is configured with (for example Ollama or LM Studio), and checked against your own material before they are saved.'
              : 'No Claude API key is configured, so the offline engine writes documents from your own material with deterministic rules. It never calls a remote service.'}
          </Text>
        </Stack>
      </Paper>

      <AccountSettings email={email} result={actionData ?? null} />
      <SignedInDevices sessions={sessions} />
      <CalendarFeedSettings />
      <ApiTokens tokens={tokens} created={created} nameError={tokenError?.fieldErrors.name} />
    </Stack>
  );
}
