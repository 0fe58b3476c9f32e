import { Badge, Button, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconRobot, IconUser } from '@tabler/icons-react';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect } from 'react';
import { MarkdownView } from '~/components/markdown-view';
import { serverApi } from '~/lib/api.server';
import { readDocumentKey } from '~/lib/document-key';
import { DOCUMENT_LABEL, formatMoment, isUuid } from '@jobforge/domain';
import { textField } from '~/lib/forms';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `History of the ${DOCUMENT_LABEL[loaded.type].toLowerCase()} · Job Forge` : 'History · Job Forge' },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const key = readDocumentKey(params);
  if (!key) throw api.fail(404, 'Document not found');
  const history = await api.load((caller) => caller.documents.history(key));
  return data({ ...key, ...history }, { headers: api.headers });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const key = readDocumentKey(params);
  if (!key) throw api.fail(404, 'Document not found');
  const form = await request.formData();
  const versionId = textField(form, 'versionId');
  const baseVersion = Number(textField(form, 'baseVersion'));
  if (!isUuid(versionId)) return data({ ok: false as const, message: 'Choose a version to restore.' }, { status: 400 });
  const result = await api.act((caller) =>
    caller.documents.restore({ ...key, versionId, ...(Number.isInteger(baseVersion) ? { baseVersion } : {}) }),
  );
  if (!result.ok)
    return data(
      { ok: false as const, message: result.failure.message },
      { status: result.failure.status, headers: api.headers },
    );
  return data({ ok: true as const, version: result.value.version }, { headers: api.headers });
}

function SourceBadge({ source }: { source: 'user' | 'ai' }) {
  return (
    <Badge
      variant="light"
      color={source === 'ai' ? 'violet' : 'blue'}
      leftSection={source === 'ai' ? <IconRobot size={12} /> : <IconUser size={12} />}
    >
      {source === 'ai' ? 'AI' : 'You'}
    </Badge>
  );
}

export default function DocumentHistory() {
  const { applicationId, type, current, versions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const restoringId = navigation.state !== 'idle' ? navigation.formData?.get('versionId') : null;
  const label = DOCUMENT_LABEL[type];

  useEffect(() => {
    if (!actionData) return;
    if (actionData.ok)
      notifications.show({
        color: 'teal',
        title: 'Version restored',
        message: `It is now version ${actionData.version}; the text it replaced is kept below.`,
      });
    else notifications.show({ color: 'red', title: 'Not restored', message: actionData.message });
  }, [actionData]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            History of the {label.toLowerCase()}
          </Title>
          <Text size="sm" c="dimmed">
            Every save keeps the text it replaced. Restoring brings an old text back as a new version.
          </Text>
        </div>
        <Button component={Link} to={`/applications/${applicationId}?tab=${type}`} variant="default">
          Back to the document
        </Button>
      </Group>

      {!current ? (
        <Paper withBorder p="xl" radius="lg" ta="center">
          <Text c="dimmed">This document has not been written yet, so it has no history.</Text>
        </Paper>
      ) : (
        <>
          <Paper withBorder p="md" radius="lg" style={{ borderColor: 'var(--mantine-primary-color-filled)' }}>
            <Group justify="space-between" mb="sm">
              <Group gap="xs">
                <Text fw={600}>Version {current.version} (current)</Text>
                <SourceBadge source={current.source} />
              </Group>
              <Text size="sm" c="dimmed">
                {formatMoment(current.updatedAt)}
              </Text>
            </Group>
            <Spoiler maxHeight={180} showLabel="Show all" hideLabel="Show less">
              <MarkdownView content={current.content} />
            </Spoiler>
          </Paper>

          {versions.length === 0 ? (
            <Text c="dimmed" size="sm">
              No earlier versions yet: they appear here after the next save.
            </Text>
          ) : (
            <Stack
              gap="sm"
              component="ol"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label="Earlier versions"
            >
              {versions.map((version) => (
                <Paper key={version.id} withBorder p="md" radius="lg" component="li">
                  <Group justify="space-between" mb="sm">
                    <Group gap="xs">
                      <Text fw={600}>Version {version.version}</Text>
                      <SourceBadge source={version.source} />
                      <Text size="sm" c="dimmed">
                        {formatMoment(version.createdAt)}
                      </Text>
                    </Group>
                    <Form method="post">
                      <input type="hidden" name="versionId" value={version.id} />
                      <input type="hidden" name="baseVersion" value={current.version} />
                      <Button
                        type="submit"
                        size="xs"
                        variant="light"
                        leftSection={<IconArrowBackUp size={14} />}
                        loading={restoringId === version.id}
                        aria-label={`Restore version ${version.version}`}
                      >
                        Restore
                      </Button>
                    </Form>
                  </Group>
                  <Spoiler maxHeight={140} showLabel="Show all" hideLabel="Show less">
                    <MarkdownView content={version.content} />
                  </Spoiler>
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
