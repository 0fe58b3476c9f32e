import { Stack, Text, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { ResumeForm, type ResumeActionResult } from '~/components/resume-form';
import { serverApi } from '~/lib/api.server';
import { readResumeForm } from '~/lib/resume-form.server';
import { hasErrors } from '~/lib/validation';

export const meta: MetaFunction = () => [{ title: 'Add a resume · Job Forge' }];

export async function action({ request, context }: ActionFunctionArgs) {
  const { input, fieldErrors } = await readResumeForm(await request.formData());
  if (hasErrors(fieldErrors))
    return data<ResumeActionResult>({ ok: false, fieldErrors, formError: null }, { status: 400 });
  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.resumes.create(input));
  if (!result.ok) {
    const { failure } = result;
    return data<ResumeActionResult>(
      {
        ok: false,
        fieldErrors: failure.fieldErrors,
        formError: hasErrors(failure.fieldErrors) ? null : failure.message,
      },
      { status: failure.status, headers: api.headers },
    );
  }
  return redirect(`/resumes?added=${result.value.id}`, { headers: api.headers });
}

export default function NewResume() {
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Add a resume</Title>
        <Text c="dimmed" mt={4}>
          Paste your resume or upload a Markdown or text file. Your first resume becomes the primary one, which
          tailoring starts from unless another fits a job better.
        </Text>
      </div>
      <ResumeForm
        initial={{ name: '', focusArea: '', isWritingSample: false, content: '' }}
        submitLabel="Add resume"
        cancelTo="/resumes"
      />
    </Stack>
  );
}
