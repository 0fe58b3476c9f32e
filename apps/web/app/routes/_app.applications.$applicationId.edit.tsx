import { Paper, Stack, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useRouteLoaderData } from '@remix-run/react';
import { ApplicationForm } from '~/components/application-form';
import { serverApi } from '~/lib/api.server';
import { isPriorityLevel, isUuid } from '@jobforge/domain';
import { hasErrors, readApplicationForm, validateApplication, type ApplicationValues } from '~/lib/forms';
import type { ApplicationActionData } from './_app.applications.new';
import type { loader as applicationLoader } from './_app.applications.$applicationId';

export const meta: MetaFunction = () => [{ title: 'Edit application · Job Forge' }];

/** Every field is sent: an emptied optional field is cleared, not kept. */
export function toUpdateInput(id: string, values: ApplicationValues) {
  return {
    id,
    companyName: values.companyName,
    roleTitle: values.roleTitle,
    jobDescription: values.jobDescription,
    jobUrl: values.jobUrl.trim() || null,
    location: values.location.trim() || null,
    additionalContext: values.additionalContext.trim() ? values.additionalContext : null,
    ...(isPriorityLevel(values.priorityLevel) ? { priorityLevel: values.priorityLevel } : {}),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const api = serverApi(request, context);
  const id = params.applicationId;
  if (!isUuid(id)) throw api.fail(404, 'Application not found');
  const values = readApplicationForm(await request.formData());
  const fieldErrors = validateApplication(values);
  if (hasErrors(fieldErrors))
    return data<ApplicationActionData>({ fieldErrors, formError: null, values }, { status: 400 });
  const result = await api.act((caller) => caller.applications.update(toUpdateInput(id, values)));
  if (!result.ok) {
    const { failure } = result;
    if (failure.code === 'NOT_FOUND') throw api.fail(404, failure.message);
    return data<ApplicationActionData>(
      { fieldErrors: failure.fieldErrors, formError: hasErrors(failure.fieldErrors) ? null : failure.message, values },
      { status: failure.status, headers: api.headers },
    );
  }
  return redirect(`/applications/${id}?tab=posting`, { headers: api.headers });
}

export default function EditApplication() {
  const loaded = useRouteLoaderData<typeof applicationLoader>('routes/_app.applications.$applicationId');
  const actionData = useActionData<typeof action>();
  if (!loaded) return null;
  const { application } = loaded;
  const initial: ApplicationValues = actionData?.values ?? {
    companyName: application.companyName,
    roleTitle: application.roleTitle,
    jobDescription: application.jobDescription,
    jobUrl: application.jobUrl ?? '',
    location: application.location ?? '',
    priorityLevel: application.priorityLevel,
    additionalContext: application.additionalContext ?? '',
  };
  return (
    <Stack gap="md" maw={860}>
      <Title order={1} fz={26}>
        Edit details
      </Title>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="lg">
        <ApplicationForm
          initial={initial}
          serverErrors={actionData?.fieldErrors}
          formError={actionData?.formError}
          submitLabel="Save details"
          cancelTo={`/applications/${application.id}`}
        />
      </Paper>
    </Stack>
  );
}
