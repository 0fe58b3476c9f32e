import { Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Form, Link, useNavigation } from '@remix-run/react';
import { LIMITS, PRIORITY_LABEL, PRIORITY_LEVELS } from '@jobforge/domain';
import { useClientValidation } from '~/lib/use-client-validation';
import { ErrorAlert } from './form-messages';
import { readApplicationForm, validateApplication, type ApplicationValues, type FieldErrors } from '~/lib/forms';

const validate = (form: FormData) => validateApplication(readApplicationForm(form));

/** The two required one-line fields at the top: who is hiring, and for what. */
const NAME_FIELDS = [
  { name: 'companyName', label: 'Company', placeholder: 'Acme Rockets' },
  { name: 'roleTitle', label: 'Role', placeholder: 'Senior Backend Engineer' },
] as const;

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
  const { errors, onSubmit, field } = useClientValidation(validate, serverErrors);
  // Each input starts from the saved value and shows (and hides once edited) its own message.
  const bind = (name: keyof ApplicationValues) => ({ ...field(name), defaultValue: initial[name] });
  const navigation = useNavigation();
  const submitting = navigation.state === 'submitting';

  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {formError ? <ErrorAlert title="Not saved">{formError}</ErrorAlert> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {NAME_FIELDS.map(({ name, label, placeholder }) => (
            <TextInput
              key={name}
              label={label}
              {...bind(name)}
              required
              maxLength={LIMITS.name}
              placeholder={placeholder}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label="Job description"
          description="Paste the whole posting: responsibilities, requirements, about the company."
          {...bind('jobDescription')}
          required
          autosize
          minRows={8}
          maxRows={24}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Job posting URL"
            {...bind('jobUrl')}
            type="url"
            inputMode="url"
            maxLength={LIMITS.url}
            placeholder="https://"
          />
          <TextInput label="Location" {...bind('location')} maxLength={LIMITS.name} placeholder="Remote, Berlin, …" />
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
          {...bind('additionalContext')}
          autosize
          minRows={3}
          maxRows={12}
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
