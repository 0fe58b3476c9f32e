/** A document exactly as it was sent: shown on demand, and restorable as the current text. */
import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState } from 'react';
import { MarkdownView } from '~/components/markdown-view';
import { trpc } from '~/lib/trpc';

interface SentDocument {
  applicationId: string;
  type: 'optimized_resume' | 'cover_letter';
  label: string;
  currentVersion: number | undefined;
}

export function SentDocumentButton(props: SentDocument) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" size="compact-xs" onClick={() => setOpened(true)}>
        {props.label}
      </Button>
      {opened ? <SentDocumentDialog {...props} onClose={() => setOpened(false)} /> : null}
    </>
  );
}

function SentDocumentDialog({
  applicationId,
  type,
  label,
  currentVersion,
  onClose,
}: SentDocument & { onClose: () => void }) {
  const revalidator = useRevalidator();
  const sent = trpc.applications.sentDocument.useQuery({ applicationId, type });
  const restore = trpc.applications.restoreSent.useMutation({
    onSuccess: (saved) => {
      notifications.show({
        color: 'teal',
        message: `The sent text is the current one again (version ${saved.version}); the text it replaced is in the history.`,
      });
      revalidator.revalidate();
      onClose();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not restored', message: error.message }),
  });
  const unchanged = sent.data && currentVersion === sent.data.version;
  return (
    <Modal opened onClose={onClose} title={`Sent: ${label}`} size="xl">
      {sent.isPending ? (
        <Loader size="sm" />
      ) : sent.error ? (
        <Alert color="red">{sent.error.message}</Alert>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {unchanged
                ? 'The current text is still the one you sent.'
                : `Edited since it was sent (now version ${currentVersion ?? '?'}).`}
            </Text>
            {!unchanged ? (
              <Button
                size="xs"
                leftSection={<IconRestore size={14} />}
                loading={restore.isPending}
                onClick={() => restore.mutate({ applicationId, type, baseVersion: currentVersion })}
              >
                Restore the sent version
              </Button>
            ) : null}
          </Group>
          <Paper withBorder p="md" radius="md">
            <MarkdownView content={sent.data.content} label={label} />
          </Paper>
        </Stack>
      )}
    </Modal>
  );
}
