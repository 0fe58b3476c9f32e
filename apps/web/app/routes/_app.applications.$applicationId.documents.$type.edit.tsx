import { Alert, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { MarkdownEditor } from '~/components/markdown-editor';
import classes from '~/components/markdown-editor.module.css';
import { documentRoute } from '~/lib/document-route.server';
import { DOCUMENT_LABEL, formatMoment } from '@jobforge/domain';
import { clearDrafts, useDocumentDraft, writeDraft } from '~/lib/use-document-draft';
import { saveShortcutHandler, useUnsavedChangesGuard } from '~/lib/use-unsaved-changes';
import { textField, validateDocumentContent, hasErrors } from '~/lib/forms';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `Edit ${DOCUMENT_LABEL[loaded.type].toLowerCase()} · Job Forge` : 'Edit · Job Forge' },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, key } = documentRoute(request, context, params);
  const document = await api.load((caller) => caller.documents.get(key));
  return data(
    {
      type: key.type,
      applicationId: key.applicationId,
      content: document?.content ?? '',
      version: document?.version ?? 0,
    },
    { headers: api.headers },
  );
}

export type SaveDocumentResult =
  | { ok: true; version: number; content: string }
  | { ok: false; conflict: boolean; message: string; fieldError: string | null; content: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, key } = documentRoute(request, context, params);
  const form = await request.formData();
  const content = textField(form, 'content');
  const baseVersion = Number(textField(form, 'baseVersion'));
  const problems = validateDocumentContent(content);
  if (hasErrors(problems)) {
    return data<SaveDocumentResult>(
      { ok: false, conflict: false, message: 'Not saved.', fieldError: problems.content ?? null, content },
      { status: 400 },
    );
  }
  const result = await api.act((caller) =>
    caller.documents.update({
      ...key,
      content,
      ...(Number.isInteger(baseVersion) && baseVersion >= 0 ? { baseVersion } : {}),
    }),
  );
  if (result.ok) {
    return data<SaveDocumentResult>(
      { ok: true, version: result.value.version, content: result.value.content },
      { headers: api.headers },
    );
  }
  const { failure } = result;
  return data<SaveDocumentResult>(
    {
      ok: false,
      conflict: failure.code === 'CONFLICT',
      message: failure.message,
      fieldError: failure.fieldErrors.content ?? null,
      content,
    },
    { status: failure.status, headers: api.headers },
  );
}

export default function EditDocument() {
  const loaded = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  // Without JavaScript the form posts as a page: a refused save comes back here, text included.
  const refused = useActionData<typeof action>();
  const returned = refused && !refused.ok ? refused : null;
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(returned ? returned.content : loaded.content);
  const [saved, setSaved] = useState({ content: loaded.content, version: loaded.version });
  const [conflict, setConflict] = useState<string | null>(returned?.conflict ? returned.message : null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const dirty = draft !== saved.content;
  const saving = fetcher.state !== 'idle';
  const label = DOCUMENT_LABEL[loaded.type];
  const backTo = `/applications/${loaded.applicationId}?tab=${loaded.type}`;
  const documentKey = `${loaded.applicationId}:${loaded.type}`;
  const kept = useDocumentDraft(documentKey, draft, saved);
  // A Save pressed while one is in flight runs after it, with the version that one returned.
  const saveAgain = useRef(false);
  const submit = fetcher.submit;
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    const result = fetcher.data;
    if (!result || fetcher.state !== 'idle') return;
    if (result.ok) {
      setSaved({ content: result.content, version: result.version });
      setConflict(null);
      clearDrafts(documentKey);
      if (saveAgain.current) {
        saveAgain.current = false;
        // Sent with the version just returned (the hidden field may not have re-rendered yet).
        if (latest.current !== result.content) {
          submit({ content: latest.current, baseVersion: String(result.version) }, { method: 'post' });
        }
      }
      notifications.show({ color: 'teal', title: `${label} saved`, message: `Version ${result.version}` });
    } else if (result.conflict) {
      saveAgain.current = false;
      setConflict(result.message);
    } else {
      saveAgain.current = false;
      notifications.show({ color: 'red', title: 'Not saved', message: result.fieldError ?? result.message });
    }
  }, [fetcher.data, fetcher.state, label, documentKey, submit]);

  useEffect(() => {
    const onKey = saveShortcutHandler(() => formRef.current?.requestSubmit());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const guard = useUnsavedChangesGuard(dirty && !saving);

  /** After a conflict the loader holds the newer text; the user decides which one wins. */
  const keepMine = () => {
    setSaved((current) => ({ ...current, version: loaded.version }));
    setConflict(null);
    requestAnimationFrame(() => formRef.current?.requestSubmit());
  };
  const takeTheirs = () => {
    clearDrafts(documentKey);
    setDraft(loaded.content);
    setSaved({ content: loaded.content, version: loaded.version });
    setConflict(null);
  };

  const failedField = fetcher.data && !fetcher.data.ok ? fetcher.data.fieldError : null;

  return (
    <Stack gap="md">
      {guard}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            Edit {label.toLowerCase()}
          </Title>
          <Text size="sm" c="dimmed">
            {saved.version > 0 ? `Editing version ${saved.version}.` : 'New document.'} Save with <Kbd>Ctrl</Kbd> +{' '}
            <Kbd>S</Kbd> (<Kbd>⌘</Kbd> + <Kbd>S</Kbd> on a Mac). Earlier versions stay in the history.
          </Text>
        </div>
        <Text size="sm" c={dirty ? 'orange' : 'dimmed'} aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
        </Text>
      </Group>

      {conflict ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title="Someone saved this document in the meantime"
          role="alert"
        >
          <Text size="sm">{conflict}</Text>
          <Text size="sm" mt="xs">
            Your text is still in the editor. Choose which version to keep; the other one stays in the history only if
            it was saved.
          </Text>
          {hydrated ? (
            <Group mt="sm" gap="sm">
              <Button size="xs" color="orange" onClick={keepMine}>
                Save my text over it
              </Button>
              <Button size="xs" variant="default" onClick={takeTheirs}>
                Discard my changes and load the latest
              </Button>
            </Group>
          ) : (
            <Text size="sm" mt="xs">
              Save again to put your text over it (the newer text stays in the history), or Close to keep the newer
              text.
            </Text>
          )}
        </Alert>
      ) : null}

      {kept.offered && !returned ? (
        <Alert
          color="blue"
          icon={<IconRestore size={18} />}
          title="Unsaved text was kept in this browser"
          role="status"
        >
          <Text size="sm">
            You wrote it {formatMoment(new Date(kept.offered.savedAt))} on version {kept.offered.baseVersion}
            {kept.offered.baseVersion !== saved.version
              ? `; the document is now version ${saved.version}, so compare before you save`
              : ''}
            . It was not saved (the session may have ended).
          </Text>
          <Group mt="sm" gap="sm">
            <Button
              size="xs"
              onClick={() => {
                setDraft(kept.offered!.content);
                kept.setOffered(null);
              }}
            >
              Restore my unsaved text
            </Button>
            <Button size="xs" variant="default" onClick={kept.dismiss}>
              Discard it
            </Button>
          </Group>
        </Alert>
      ) : null}

      <fetcher.Form
        method="post"
        ref={formRef}
        onSubmit={(event) => {
          if (saving) {
            event.preventDefault();
            saveAgain.current = true;
            return;
          }
          // Kept before sending: if the session ended, the answer is the sign-in page.
          if (dirty) writeDraft(documentKey, { content: draft, baseVersion: saved.version, savedAt: Date.now() });
        }}
      >
        <input type="hidden" name="baseVersion" value={saved.version} />
        <Stack gap="md">
          <MarkdownEditor
            name="content"
            label={label}
            value={draft}
            onChange={setDraft}
            error={failedField ?? undefined}
            autoFocus
          />
          <Group justify="flex-end" gap="sm" className={classes.actions} data-testid="editor-actions">
            <Button component={Link} to={backTo} variant="default">
              {dirty ? 'Cancel' : 'Close'}
            </Button>
            <Button
              type="submit"
              loading={saving}
              leftSection={<IconDeviceFloppy size={18} />}
              disabled={hydrated && Boolean(conflict)}
            >
              Save
            </Button>
          </Group>
        </Stack>
      </fetcher.Form>
    </Stack>
  );
}
