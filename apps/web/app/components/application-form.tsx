import { Alert, Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Form, Link, useNavigation } from '@remix-run/react';
import { LIMITS, PRIORITY_LABEL, PRIORITY_LEVELS } from '@jobforge/domain';
import { useClientValidation } from '~/lib/use-client-validation';
import { readApplicationForm, validateApplication, type ApplicationValues, type FieldErrors } from '~/lib/forms';

const validate = (form: FormData) => validateApplication(readApplicationForm(form));

export function ApplicationForm({
  initial,
  serverErrors,
  formError,
  submitLabel,
  cancelTo,
}: {
  initial: Partial<ApplicationValues>;
  serverErrors?: FieldErrors | null;
  formError?: string | null;
  submitLabel: string;
  cancelTo: string;
}) {
  const { errors, onSubmit, clear } = useClientValidation(validate, serverErrors);
  const navigation = useNavigation();
  const submitting = navigation.state === 'submitting';

  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Company"
            name="companyName"
            required
            maxLength={LIMITS.name}
            defaultValue={initial.companyName}
            error={errors.companyName}
            onChange={() => clear('companyName')}
            placeholder="Acme Rockets"
          />
          <TextInput
            label="Role"
            name="roleTitle"
            required
            maxLength={LIMITS.name}
            defaultValue={initial.roleTitle}
            error={errors.roleTitle}
            onChange={() => clear('roleTitle')}
            placeholder="Senior Backend Engineer"
          />
        </SimpleGrid>
        <Textarea
          label="Job description"
          description="Paste the whole posting: responsibilities, requirements, about the company."
          name="jobDescription"
          required
          autosize
          minRows={8}
          maxRows={24}
          defaultValue={initial.jobDescription}
          error={errors.jobDescription}
          onChange={() => clear('jobDescription')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Job posting URL"
            name="jobUrl"
            type="url"
            inputMode="url"
            maxLength={LIMITS.url}
            defaultValue={initial.jobUrl}
            error={errors.jobUrl}
            onChange={() => clear('jobUrl')}
            placeholder="https://"
          />
          <TextInput
            label="Location"
            name="location"
            maxLength={LIMITS.name}
            defaultValue={initial.location}
            error={errors.location}
            onChange={() => clear('location')}
            placeholder="Remote, Berlin, …"
          />
        </SimpleGrid>
        <Radio.Group
          label="Priority"
          name="priorityLevel"
          defaultValue={initial.priorityLevel || 'medium'}
          error={errors.priorityLevel}
        >
          <Group gap="lg" mt={6}>
            {PRIORITY_LEVELS.map((level) => (
              <Radio key={level} value={level} label={PRIORITY_LABEL[level]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Additional context"
          description="Anything the AI should know: why you want this job, people you know there, what to stress."
          name="additionalContext"
          autosize
          minRows={3}
          maxRows={12}
          defaultValue={initial.additionalContext}
          error={errors.additionalContext}
          onChange={() => clear('additionalContext')}
        />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Form>
  );
}
