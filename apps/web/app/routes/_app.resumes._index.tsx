import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconEdit,
  IconFileText,
  IconFileImport,
  IconPlus,
  IconStar,
  IconStarFilled,
  IconTrash,
} from '@tabler/icons-react';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { DownloadMenu } from '~/components/download-menu';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { serverApi, type ActResult } from '~/lib/api.server';
import { useFlashParam } from '~/lib/use-flash-param';
import { formatDay, isUuid } from '@jobforge/domain';
import { textField } from '~/lib/forms';

export const meta: MetaFunction = () => [{ title: 'Resume library · Job Forge' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const resumes = await api.load((caller) => caller.resumes.list());
  return data(
    {
      resumes: resumes.map(({ contentLength, ...resume }) => ({ ...resume, length: contentLength })),
    },
    { headers: api.headers },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const form = await request.formData();
  const intent = textField(form, 'intent');
  const id = textField(form, 'id');
  if (!isUuid(id)) return data({ ok: false as const, message: 'Choose a resume first.' }, { status: 400 });
  // Both intents answer the same way: the API's refusal with its status, or a sentence saying what was done.
  const answer = <T,>(result: ActResult<T>, done: (value: T) => string) =>
    result.ok
      ? data({ ok: true as const, message: done(result.value) }, { headers: api.headers })
      : data(
          { ok: false as const, message: result.failure.message },
          { status: result.failure.status, headers: api.headers },
        );
  if (intent === 'delete') {
    return answer(await api.act((caller) => caller.resumes.delete({ id })), () => 'Resume deleted.');
  }
  if (intent === 'primary') {
    return answer(
      await api.act((caller) => caller.resumes.setPrimary({ id })),
      (resume) => `${resume.name} is now your primary resume.`,
    );
  }
  return data({ ok: false as const, message: 'This form sent an action the page does not know.' }, { status: 400 });
}

export default function ResumeLibrary() {
  const { resumes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [toDelete, setToDelete] = useState<{ id: string; name: string } | null>(null);
  const pending = navigation.state !== 'idle' ? navigation.formData : null;
  useFlashParam('added', 'Resume added to your library.');

  useEffect(() => {
    if (!actionData) return;
    notifications.show({ color: actionData.ok ? 'teal' : 'red', message: actionData.message });
    if (actionData.ok) setToDelete(null);
  }, [actionData]);

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Resume library</Title>
          <Text c="dimmed" mt={4}>
            Your base resumes and writing samples. Tailored resumes start from the primary one unless another fits a job
            better.
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/resumes/import" variant="default" leftSection={<IconFileImport size={18} />}>
            Import a file
          </Button>
          <Button component={Link} to="/resumes/new" leftSection={<IconPlus size={18} />}>
            Add resume
          </Button>
        </Group>
      </Group>

      {resumes.length === 0 ? (
        <Paper withBorder p="xl" radius="lg" ta="center">
          <IconFileText size={36} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
          <Title order={2} fz="lg" mt="sm">
            No resumes yet
          </Title>
          <Text c="dimmed" size="sm" mt={6} maw={440} mx="auto">
            Add the resume you usually send, as Markdown or plain text. Job Forge tailors it to each job without
            inventing anything you did not write.
          </Text>
          <Button component={Link} to="/resumes/new" mt="md" leftSection={<IconPlus size={16} />}>
            Add your first resume
          </Button>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {resumes.map((resume) => (
            <Paper key={resume.id} withBorder p="md" radius="lg">
              <Stack gap="xs" h="100%">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600} truncate>
                    {resume.name}
                  </Text>
                  {/* Badges wrap under the name rather than being cut to "PRI…" on a narrow card. */}
                  <Group gap={4} wrap="wrap" style={{ flexShrink: 0 }}>
                    {resume.isPrimary ? (
                      <Badge color="yellow" variant="light" leftSection={<IconStarFilled size={12} />}>
                        Primary
                      </Badge>
                    ) : null}
                    {resume.isWritingSample ? (
                      <Badge variant="light" color="grape">
                        Writing sample
                      </Badge>
                    ) : null}
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {resume.focusArea ? `${resume.focusArea} · ` : ''}updated {formatDay(resume.updatedAt)} ·{' '}
                  {resume.length.toLocaleString('en-US')} characters
                </Text>
                <Text size="sm" c="dimmed" lineClamp={3} style={{ flex: 1 }}>
                  {resume.excerpt}
                </Text>
                <Group gap="xs" mt="xs">
                  <Button
                    component={Link}
                    to={`/resumes/${resume.id}`}
                    size="xs"
                    variant="light"
                    leftSection={<IconEdit size={14} />}
                  >
                    Edit
                  </Button>
                  <DownloadMenu base={`/export/resumes/${resume.id}`} jsonResume size="xs" />
                  {!resume.isPrimary && !resume.isWritingSample ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="primary" />
                      <input type="hidden" name="id" value={resume.id} />
                      <Button
                        type="submit"
                        size="xs"
                        variant="default"
                        leftSection={<IconStar size={14} />}
                        loading={pending?.get('intent') === 'primary' && pending.get('id') === resume.id}
                      >
                        Make primary
                      </Button>
                    </Form>
                  ) : null}
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => setToDelete({ id: resume.id, name: resume.name })}
                  >
                    Delete
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}

      <Modal opened={toDelete !== null} onClose={() => setToDelete(null)} title="Delete this resume?" centered>
        <Text size="sm">
          <b>{toDelete?.name}</b> will be removed from your library. Documents already written from it stay as they are.
        </Text>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="id" value={toDelete?.id ?? ''} />
          <Group justify="flex-end" mt="lg" gap="sm">
            <Button variant="default" type="button" onClick={() => setToDelete(null)} data-autofocus>
              Keep it
            </Button>
            <Button color="red" type="submit" loading={pending?.get('intent') === 'delete'}>
              Delete resume
            </Button>
          </Group>
        </Form>
      </Modal>
    </Stack>
  );
}
