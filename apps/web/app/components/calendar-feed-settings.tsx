/**
 * Settings: the private calendar address. It is shown once, when made (only a hash is kept); making a
 * new one turns the old one off at once. Reminders and interviews appear in Google Calendar, Outlook
 * or Apple Calendar when they subscribe to it.
 */
import { Alert, Button, CopyButton, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { SettingsSection } from '~/components/settings/settings-section';
import { formatWhen } from '~/lib/time';
import { trpc } from '~/lib/trpc';
import { useTimeZone } from '~/lib/use-time-zone';

export function CalendarFeedSettings() {
  const timeZone = useTimeZone();
  const utils = trpc.useUtils();
  const status = trpc.calendar.feed.useQuery(undefined, { staleTime: 0 });
  const [address, setAddress] = useState<string | null>(null);
  const rotate = trpc.calendar.rotateFeed.useMutation({
    onSuccess: (created) => {
      setAddress(created.url);
      void utils.calendar.feed.invalidate();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'No new address', message: error.message }),
  });
  const disable = trpc.calendar.disableFeed.useMutation({
    onSuccess: () => {
      setAddress(null);
      void utils.calendar.feed.invalidate();
      notifications.show({ color: 'teal', message: 'The calendar address is turned off.' });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not turned off', message: error.message }),
  });
  const feed = status.data;

  return (
    <SettingsSection
      id="calendar"
      title="Calendar feed"
      icon={<IconCalendarEvent size={20} aria-hidden />}
      intro="Subscribe to your reminders and interviews from Google Calendar, Outlook or Apple Calendar. The address is private: anyone who has it can read your reminders (titles, companies and roles, nothing else), so make a new one if it was shared by mistake."
      introSpace="sm"
    >
      <Stack gap="sm">
        {status.isPending ? (
          <Loader size="sm" />
        ) : status.error ? (
          <Alert color="red">{status.error.message}</Alert>
        ) : (
          <Text size="sm" suppressHydrationWarning>
            {feed?.enabled
              ? `On since ${formatWhen(feed.createdAt!, timeZone)}; ${
                  feed.lastUsedAt ? `last read ${formatWhen(feed.lastUsedAt, timeZone)}` : 'not read by a calendar yet'
                }.`
              : 'Off.'}
          </Text>
        )}
        {address ? (
          <Alert color="teal" title="Your calendar address (shown only now)">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                aria-label="Calendar address"
                value={address}
                readOnly
                style={{ flex: 1 }}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={address}>
                {({ copied, copy }) => (
                  <Button
                    variant="light"
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  >
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" mt={6}>
              In your calendar app choose “subscribe from URL” (or “add calendar from internet”) and paste it.
            </Text>
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            onClick={() => rotate.mutate()}
            loading={rotate.isPending}
            variant={feed?.enabled ? 'default' : 'filled'}
          >
            {feed?.enabled ? 'Make a new address' : 'Turn on the calendar feed'}
          </Button>
          {feed?.enabled ? (
            <Button variant="subtle" color="red" onClick={() => disable.mutate()} loading={disable.isPending}>
              Turn off
            </Button>
          ) : null}
        </Group>
        {feed?.enabled && !address ? (
          <Text size="xs" c="dimmed">
            The address was shown when it was made. To see one again, make a new address: the old one stops working.
          </Text>
        ) : null}
      </Stack>
    </SettingsSection>
  );
}
