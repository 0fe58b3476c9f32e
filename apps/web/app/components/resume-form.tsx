import { Button, Checkbox, FileButton, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconUpload } from '@tabler/icons-react';
import { Link, useFetcher } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '@jobforge/domain';
import { saveShortcutHandler, useUnsavedChangesGuard } from '~/lib/use-unsaved-changes';
import { nameFromFileName, uploadProblem, validateResume, type FieldErrors } from '~/lib/forms';
import { ErrorAlert } from './form-messages';
import { MarkdownEditor } from './markdown-editor';

export interface ResumeFormValues {
  name: string;
  focusArea: string;
  isWritingSample: boolean;
  content: string;
}

export type ResumeActionResult =
  | { ok: true; savedAt: string }
  | { ok: false; fieldErrors: FieldErrors; formError: string | null };

/**
 * Creating and editing a resume: the fields, the same Markdown editor as documents, and an upload
 * that reads a .md or .txt file into the editor (so it can be checked before saving). Without
 * JavaScript the file goes to the server with the form instead.
 */
export function ResumeForm({
  initial,
  submitLabel,
  cancelTo,
}: {
  initial: ResumeFormValues;
  submitLabel: string;
  cancelTo: string;
}) {
  const fetcher = useFetcher<ResumeActionResult>();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [uploadError, setUploadError] = useState<string | null>(null);
  const saving = fetcher.state !== 'idle';
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const guard = useUnsavedChangesGuard(dirty && !saving);
  const serverErrors = fetcher.data && !fetcher.data.ok ? fetcher.data.fieldErrors : {};
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    const result = fetcher.data;
    if (!result || fetcher.state !== 'idle') return;
    if (result.ok) {
      setSaved(values);
      notifications.show({ color: 'teal', title: 'Resume saved', message: values.name });
    } else if (result.formError) {
      notifications.show({ color: 'red', title: 'Not saved', message: result.formError });
    }
    // Only a new answer from the server should run this; `values` is read as of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.data, fetcher.state]);

  useEffect(() => {
    const onKey = saveShortcutHandler(() => formRef.current?.requestSubmit());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const set = <K extends keyof ResumeFormValues>(key: K, value: ResumeFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setClientErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    const problem = uploadProblem(file);
    if (problem) {
      setUploadError(problem);
      return;
    }
    const text = await file.text();
    setUploadError(
      text.length > LIMITS.content ? 'The file is too long for a resume (at most 200,000 characters)' : null,
    );
    if (text.length > LIMITS.content) return;
    setValues((current) => ({
      ...current,
      content: text,
      name: current.name.trim() ? current.name : nameFromFileName(file.name),
    }));
    notifications.show({ color: 'blue', title: 'File loaded', message: `${file.name}: check the preview, then save.` });
  };

  return (
    <fetcher.Form
      method="post"
      encType="multipart/form-data"
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        const found = validateResume(values);
        setClientErrors(found);
        if (Object.keys(found).length > 0) event.preventDefault();
      }}
    >
      {guard}
      <Stack gap="md">
        {fetcher.data && !fetcher.data.ok && fetcher.data.formError ? (
          <ErrorAlert title="Not saved">{fetcher.data.formError}</ErrorAlert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Name"
            name="name"
            required
            maxLength={LIMITS.name}
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors.name}
            placeholder="Backend engineer, 2026"
          />
          <TextInput
            label="Focus area"
            name="focusArea"
            maxLength={LIMITS.focusArea}
            value={values.focusArea}
            onChange={(event) => set('focusArea', event.currentTarget.value)}
            error={errors.focusArea}
            placeholder="Backend, data, leadership…"
          />
        </SimpleGrid>
        <Group justify="space-between" gap="md">
          <Checkbox
            label="This is a writing sample (used to match your voice in cover letters)"
            name="isWritingSample"
            value="true"
            checked={values.isWritingSample}
            onChange={(event) => set('isWritingSample', event.currentTarget.checked)}
          />
          <Group gap="xs">
            <FileButton onChange={upload} accept=".md,.markdown,.txt,text/markdown,text/plain">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />}>
                  Upload .md or .txt
                </Button>
              )}
            </FileButton>
            <noscript>
              <input
                type="file"
                name="file"
                accept=".md,.markdown,.txt,text/markdown,text/plain"
                aria-label="Resume file (.md or .txt)"
              />
            </noscript>
          </Group>
        </Group>
        {uploadError ? (
          <Text c="red" size="sm" role="alert">
            {uploadError}
          </Text>
        ) : null}
        <MarkdownEditor
          name="content"
          label="Resume text"
          description="Markdown works best: a heading per job, bullets for achievements."
          value={values.content}
          onChange={(content) => set('content', content)}
          error={errors.content}
        />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            {dirty ? 'Cancel' : 'Close'}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </fetcher.Form>
  );
}
