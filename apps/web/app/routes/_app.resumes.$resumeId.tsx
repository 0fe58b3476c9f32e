import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { DownloadMenu } from '~/components/download-menu';
import { RouteErrorView } from '~/components/error-view';
import { ResumeForm, type ResumeActionResult } from '~/components/resume-form';
import { serverApi } from '~/lib/api.server';
import { formatMoment, isUuid } from '@jobforge/domain';
import { readResumeForm } from '~/lib/resume-form.server';
import { hasErrors } from '~/lib/forms';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.resume.name} · Resume library · Job Forge` : 'Resume · Job Forge' },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  if (!isUuid(params.resumeId)) throw api.fail(404, 'Resume not found');
  const resumeId = params.resumeId;
  const resume = await api.load((caller) => caller.resumes.get({ id: resumeId }));
  return data({ resume }, { headers: api.headers });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const id = params.resumeId;
  if (!isUuid(id)) throw api.fail(404, 'Resume not found');
  const { input, fieldErrors } = await readResumeForm(await request.formData());
  if (hasErrors(fieldErrors))
    return data<ResumeActionResult>({ ok: false, fieldErrors, formError: null }, { status: 400 });
  const result = await api.act((caller) => caller.resumes.update({ id, ...input }));
  if (!result.ok) {
    const { failure } = result;
    if (failure.code === 'NOT_FOUND') throw api.fail(404, failure.message);
    return data<ResumeActionResult>(
      {
        ok: false,
        fieldErrors: failure.fieldErrors,
        formError: hasErrors(failure.fieldErrors) ? null : failure.message,
      },
      { status: failure.status, headers: api.headers },
    );
  }
  return data<ResumeActionResult>(
    { ok: true, savedAt: result.value.updatedAt.toISOString() },
    { headers: api.headers },
  );
}

export default function EditResume() {
  const { resume } = useLoaderData<typeof loader>();
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{resume.name}</Title>
            {resume.isPrimary ? (
              <Badge color="yellow" variant="light" leftSection={<IconStarFilled size={12} />}>
                Primary
              </Badge>
            ) : null}
          </Group>
          <Text c="dimmed" size="sm" mt={4}>
            Last saved {formatMoment(resume.updatedAt)}
          </Text>
        </div>
        <DownloadMenu base={`/export/resumes/${resume.id}`} markdown={resume.content} jsonResume />
      </Group>
      <ResumeForm
        key={resume.id}
        initial={{
          name: resume.name,
          focusArea: resume.focusArea ?? '',
          isWritingSample: resume.isWritingSample,
          content: resume.content,
        }}
        submitLabel="Save"
        cancelTo="/resumes"
      />
    </Stack>
  );
}

export function ErrorBoundary() {
  return <RouteErrorView />;
}
