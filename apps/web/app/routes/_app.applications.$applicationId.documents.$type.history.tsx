import { Button, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect } from 'react';
import { AuthorBadge, HistoryVersion } from '~/components/history-version';
import { MarkdownView } from '~/components/markdown-view';
import { documentRoute } from '~/lib/document-route.server';
import { DOCUMENT_LABEL, formatMoment, isUuid } from '@jobforge/domain';
import { textField } from '~/lib/forms';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `History of the ${DOCUMENT_LABEL[loaded.type].toLowerCase()} · Job Forge` : 'History · Job Forge' },
];

/** One page of versions (newest first; `?before=N` for older ones) and the current text to compare with. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, key } = documentRoute(request, context, params);
  const cursor = Number(new URL(request.url).searchParams.get('before'));
  const before = Number.isInteger(cursor) && cursor > 0 ? cursor : undefined;
  const [history, document] = await api.load((caller) =>
    Promise.all([caller.documents.history({ ...key, ...(before ? { before } : {}) }), caller.documents.get(key)]),
  );
  return data(
    { ...key, ...history, currentText: document?.content ?? '', paged: before !== undefined },
    { headers: api.headers },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, key } = documentRoute(request, context, params);
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

export default function DocumentHistory() {
  const { applicationId, type, current, versions, currentText, nextCursor, paged } = useLoaderData<typeof loader>();
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
            Every save keeps the text it replaced, newest first. Open a version to see what changed; restoring brings it
            back as a new version.
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
                <AuthorBadge source={current.source} author={current.author} />
              </Group>
              <Text size="sm" c="dimmed">
                Written {formatMoment(current.updatedAt)}
              </Text>
            </Group>
            <Spoiler maxHeight={180} showLabel="Show all" hideLabel="Show less">
              <MarkdownView content={currentText} />
            </Spoiler>
          </Paper>

          {versions.length === 0 && !paged ? (
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
                <HistoryVersion
                  key={version.id}
                  applicationId={applicationId}
                  type={type}
                  version={version}
                  current={currentText}
                  currentVersion={current.version}
                  restoring={restoringId === version.id}
                />
              ))}
            </Stack>
          )}
          {nextCursor !== null || paged ? (
            <Group justify="space-between" component="nav" aria-label="History pages">
              {paged ? (
                <Button component={Link} to="." variant="subtle" size="sm">
                  Newest versions
                </Button>
              ) : (
                <span />
              )}
              {nextCursor !== null ? (
                <Button component={Link} to={`?before=${nextCursor}`} variant="default" size="sm">
                  Older versions
                </Button>
              ) : null}
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
