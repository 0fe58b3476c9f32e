import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileImport, IconUpload, IconX } from '@tabler/icons-react';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { useState } from 'react';
import { ErrorAlert } from '~/components/form-messages';
import { ResumeForm } from '~/components/resume-form';
import { createResumeFromForm } from '~/lib/resume-form.server';
import { trpc } from '~/lib/trpc';

export const meta: MetaFunction = () => [{ title: 'Import a resume · Job Forge' }];

/** Saving the reviewed text: the same action as adding a resume by hand. */
export async function action({ request, context }: ActionFunctionArgs) {
  return createResumeFromForm(request, context);
}

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/json': ['.json'],
  'text/markdown': ['.md', '.markdown'],
  'text/plain': ['.txt', '.md', '.markdown'],
};

interface Draft {
  name: string;
  content: string;
  warnings: string[];
  filename: string;
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(new Error(`"${file.name}" could not be read from your computer.`));
    reader.readAsDataURL(file);
  });
}

function rejectionMessage([rejection]: FileRejection[]): string {
  if (!rejection) return 'That file cannot be imported.';
  const { file, errors } = rejection;
  if (errors.some((error) => error.code === 'file-too-large')) {
    return `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(
      1,
    )} MB; resumes up to 5 MB can be imported. Export it again without images, or as plain text.`;
  }
  if (errors.some((error) => error.code === 'too-many-files')) return 'Import one file at a time.';
  return `"${file.name}" is not a file Job Forge imports: use PDF, Word (.docx), JSON Resume (.json), Markdown (.md) or plain text (.txt).`;
}

export default function ImportResume() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const convert = trpc.resumes.import.useMutation();

  const onDrop = async ([file]: File[]) => {
    if (!file) return;
    setProblem(null);
    setReading(file.name);
    try {
      const result = await convert.mutateAsync({
        filename: file.name,
        contentBase64: await toBase64(file),
        preview: true,
      });
      setDraft({ name: result.name, content: result.content, warnings: result.warnings, filename: file.name });
    } catch (error) {
      const data = (error as { data?: { fieldErrors?: { fieldErrors?: Record<string, string[]> } } }).data;
      setProblem(data?.fieldErrors?.fieldErrors?.contentBase64?.[0] ?? (error as Error).message);
    } finally {
      setReading(null);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Import a resume</Title>
        <Text c="dimmed" mt={4} maw={720}>
          Drop the resume you already have: PDF, Word, JSON Resume, Markdown or plain text, up to 5 MB. Job Forge turns
          it into Markdown with the usual sections; employers, titles and dates stay as you wrote them. Nothing is saved
          until you have checked it.
        </Text>
      </div>

      {!draft ? (
        <Dropzone
          onDrop={(files) => void onDrop(files)}
          onReject={(rejections) => setProblem(rejectionMessage(rejections))}
          maxSize={MAX_BYTES}
          maxFiles={1}
          multiple={false}
          accept={ACCEPT}
          loading={reading !== null}
          aria-label="Resume file"
        >
          <Group justify="center" gap="xl" mih={180} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={48} stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={48} stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconFileImport size={48} stroke={1.5} />
            </Dropzone.Idle>
            <div>
              <Text size="lg" inline>
                Drag your resume here, or click to choose a file
              </Text>
              <Text size="sm" c="dimmed" inline mt={8} display="block">
                .pdf, .docx, .json (JSON Resume), .md or .txt · one file, at most 5 MB
              </Text>
            </div>
          </Group>
        </Dropzone>
      ) : null}

      {reading ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">Reading {reading}…</Text>
        </Group>
      ) : null}

      {problem ? <ErrorAlert title="This file was not imported">{problem}</ErrorAlert> : null}

      {draft ? (
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>Check the text read from {draft.filename}, then save it to your library.</Text>
                {draft.warnings.length ? (
                  <List size="sm" c="dimmed" mt={4}>
                    {draft.warnings.map((warning) => (
                      <List.Item key={warning}>{warning}</List.Item>
                    ))}
                  </List>
                ) : null}
              </div>
              <Button variant="default" onClick={() => setDraft(null)}>
                Choose another file
              </Button>
            </Group>
          </Paper>
          <ResumeForm
            key={draft.filename}
            initial={{ name: draft.name, focusArea: '', isWritingSample: false, content: draft.content }}
            submitLabel="Save to library"
            cancelTo="/resumes"
          />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Or <Link to="/resumes/new">type or paste a resume</Link>.
        </Text>
      )}
    </Stack>
  );
}
