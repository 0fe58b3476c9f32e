import { Paper, Stack, Text, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { useRef, useState } from 'react';
import { ApplicationForm } from '~/components/application-form';
import { PostingImport, type PostingFields } from '~/components/posting-import';
import { serverApi } from '~/lib/api.server';
import { isPriorityLevel } from '@jobforge/domain';
import {
  hasErrors,
  readApplicationForm,
  validateApplication,
  type ApplicationValues,
  type FieldErrors,
} from '~/lib/forms';

const FIELD_LABEL: Record<keyof PostingFields, string> = {
  companyName: 'company',
  roleTitle: 'role',
  jobDescription: 'job description',
  location: 'location',
  jobUrl: 'job URL',
};

export const meta: MetaFunction = () => [{ title: 'New application · Job Forge' }];

export interface ApplicationActionData {
  fieldErrors: FieldErrors;
  formError: string | null;
  values: ApplicationValues;
}

/** Empty optional fields are left out rather than sent as "". */
export function toCreateInput(values: ApplicationValues) {
  return {
    companyName: values.companyName,
    roleTitle: values.roleTitle,
    jobDescription: values.jobDescription,
    ...(values.jobUrl.trim() ? { jobUrl: values.jobUrl } : {}),
    ...(values.location.trim() ? { location: values.location } : {}),
    ...(isPriorityLevel(values.priorityLevel) ? { priorityLevel: values.priorityLevel } : {}),
    ...(values.additionalContext.trim() ? { additionalContext: values.additionalContext } : {}),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const values = readApplicationForm(await request.formData());
  const fieldErrors = validateApplication(values);
  if (hasErrors(fieldErrors))
    return data<ApplicationActionData>({ fieldErrors, formError: null, values }, { status: 400 });
  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.applications.create(toCreateInput(values)));
  if (!result.ok) {
    const { failure } = result;
    return data<ApplicationActionData>(
      { fieldErrors: failure.fieldErrors, formError: hasErrors(failure.fieldErrors) ? null : failure.message, values },
      { status: failure.status, headers: api.headers },
    );
  }
  return redirect(`/applications/${result.value.id}?created=1`, { headers: api.headers });
}

export default function NewApplication() {
  const actionData = useActionData<typeof action>();
  const formBox = useRef<HTMLDivElement>(null);
  const [prefill, setPrefill] = useState<{ version: number; values: Partial<ApplicationValues> }>({
    version: 0,
    values: {},
  });

  /** Fills the form from a posting; a field the person already typed in keeps their text. */
  const fill = (fields: PostingFields): string[] => {
    const form = formBox.current?.querySelector('form');
    const typed = form ? readApplicationForm(new FormData(form)) : null;
    const kept: string[] = [];
    const values: Partial<ApplicationValues> = { ...(typed ?? {}) };
    for (const [key, value] of Object.entries(fields) as Array<[keyof PostingFields, string]>) {
      if (typed?.[key]?.trim() && typed[key].trim() !== value.trim()) kept.push(FIELD_LABEL[key]);
      else values[key] = value;
    }
    setPrefill((previous) => ({ version: previous.version + 1, values }));
    return kept;
  };
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>New application</Title>
        <Text c="dimmed" mt={4}>
          One application per job. Job Forge names it after the company, the role and today&apos;s date.
        </Text>
      </div>
      <PostingImport onFields={fill} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="lg" ref={formBox}>
        <ApplicationForm
          key={prefill.version}
          initial={prefill.version ? prefill.values : actionData?.values ?? {}}
          serverErrors={actionData?.fieldErrors}
          formError={actionData?.formError}
          submitLabel="Create application"
          cancelTo="/"
        />
      </Paper>
    </Stack>
  );
}
