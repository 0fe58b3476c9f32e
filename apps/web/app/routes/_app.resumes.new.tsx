import { Stack, Text, Title } from '@mantine/core';
import { type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { ResumeForm } from '~/components/resume-form';
import { createResumeFromForm } from '~/lib/resume-form.server';

export const meta: MetaFunction = () => [{ title: 'Add a resume · Job Forge' }];

export async function action({ request, context }: ActionFunctionArgs) {
  return createResumeFromForm(request, context);
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
