import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBriefcase, IconCheck, IconFileText, IconPlus } from '@tabler/icons-react';
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { ReminderList } from '~/components/follow-ups/reminder-list';
import { serverApi } from '~/lib/api.server';
import { timeZoneFromCookie } from '~/lib/time';
import { useNow, useTimeZone } from '~/lib/use-time-zone';
import { useFlashParam } from '~/lib/use-flash-param';
import { APPLICATION_STATUSES, STATUS_LABEL, type ApplicationStatus } from '@jobforge/domain';
import { STATUS_COLOR } from '~/lib/colors';
import type { CSSProperties } from 'react';
import classes from '~/components/dashboard.module.css';
import type { loader as appLoader } from './_app';

export const meta: MetaFunction = () => [{ title: 'Your applications · Job Forge' }];

const NEXT_STEP: Record<ApplicationStatus, string> = {
  draft: 'Next: research the company and role',
  research_complete: 'Next: tailor your resume',
  resume_ready: 'Next: write the cover letter',
  cover_letter_ready: 'Ready to send',
};

/** Reminders that need doing come first: overdue, then today's, then the next few. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const timeZone = timeZoneFromCookie(request.headers.get('cookie'));
  const [overdue, today, upcoming] = await api.load(async (caller) => [
    await caller.reminders.list({ due: 'overdue', timeZone, limit: 50 }),
    await caller.reminders.list({ due: 'today', timeZone, limit: 50 }),
    await caller.reminders.list({ due: 'upcoming', timeZone, limit: 5 }),
  ]);
  return data({ overdue, today, upcoming }, { headers: api.headers });
}

export function countByStatus(statuses: ApplicationStatus[]): Record<ApplicationStatus, number> {
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<
    ApplicationStatus,
    number
  >;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export default function Dashboard() {
  const shell = useRouteLoaderData<typeof appLoader>('routes/_app');
  const reminders = useLoaderData<typeof loader>();
  const timeZone = useTimeZone();
  const now = useNow();
  useFlashParam('deleted', 'Application deleted, with its documents and their history.');
  if (!shell) return null;
  const { user, applications, resumes } = shell;
  const firstName = user.fullName.split(/\s+/)[0] ?? user.fullName;
  const counts = countByStatus(applications.map((application) => application.status));
  const inProgress = applications.filter((application) => application.status !== 'cover_letter_ready').slice(0, 5);

  return (
    <Stack gap="xl" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Welcome, {firstName}</Title>
          <Text c="dimmed" mt={4}>
            {applications.length === 0
              ? 'Let us set up your first application.'
              : `${applications.length} application${applications.length === 1 ? '' : 's'} in your pipeline.`}
          </Text>
        </div>
        <Button component={Link} to="/applications/new" leftSection={<IconPlus size={18} />}>
          New application
        </Button>
      </Group>

      {applications.length === 0 || resumes.length === 0 ? (
        <Paper withBorder p="lg" radius="lg">
          <Title order={2} fz="lg" mb="md">
            Getting started
          </Title>
          <Stack gap="md">
            {[
              {
                done: resumes.length > 0,
                title: 'Add your base resume',
                text: 'Paste or upload the resume you usually send. Every tailored resume starts from your own words.',
                action: { to: '/resumes/new', label: 'Add resume' },
              },
              {
                done: applications.length > 0,
                title: 'Create an application',
                text: 'Company, role and the job description: that is all the pipeline needs.',
                action: { to: '/applications/new', label: 'New application' },
              },
              {
                done: false,
                title: 'Research, tailor, write',
                text: 'Run the three phases on the application page, then edit every document as you like.',
              },
            ].map((step) => (
              <Step key={step.title} {...step} />
            ))}
          </Stack>
        </Paper>
      ) : null}

      {applications.length > 0 ? <FollowUps {...reminders} timeZone={timeZone} now={now} /> : null}

      {applications.length > 0 ? (
        <div className={classes.stats}>
          {APPLICATION_STATUSES.map((status) => (
            <div key={status} className={classes.stat}>
              <div className={classes.statLabel}>{STATUS_LABEL[status]}</div>
              <div
                className={classes.statValue}
                style={{ '--stat-color': `var(--mantine-color-${STATUS_COLOR[status]}-6)` } as CSSProperties}
              >
                {counts[status]}
              </div>
            </div>
          ))}
        </div>
      ) : null}

      {inProgress.length > 0 ? (
        <section aria-labelledby="in-progress-heading">
          <Title order={2} fz="lg" mb="sm" id="in-progress-heading">
            In progress
          </Title>
          <ul className={classes.cards}>
            {inProgress.map((application) => (
              <li key={application.id}>
                <Link to={`/applications/${application.id}`} className={classes.card}>
                  <span className={classes.icon} aria-hidden>
                    <IconBriefcase size={18} />
                  </span>
                  <span className={classes.cardText}>
                    <span className={classes.cardTitle} style={{ display: 'block' }}>
                      {application.companyName} · {application.roleTitle}
                    </span>
                    <span className={classes.cardHint}>{NEXT_STEP[application.status]}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Stack>
  );
}

function Step({
  done,
  title,
  text,
  action,
}: {
  done: boolean;
  title: string;
  text: string;
  action?: { to: string; label: string };
}) {
  return (
    <Group wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon
        radius="xl"
        size="md"
        color={done ? 'teal' : 'gray'}
        variant={done ? 'filled' : 'light'}
        aria-label={done ? 'Done' : 'To do'}
      >
        {done ? <IconCheck size={16} /> : <IconFileText size={16} />}
      </ThemeIcon>
      <div style={{ flex: 1 }}>
        <Text fw={600} td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </div>
      {!done && action ? (
        <Button component={Link} to={action.to} variant="light" size="xs">
          {action.label}
        </Button>
      ) : null}
    </Group>
  );
}

type Reminders = ReturnType<typeof useLoaderData<typeof loader>>;

function FollowUps({ overdue, today, upcoming, timeZone, now }: Reminders & { timeZone: string; now: number }) {
  const nothing = overdue.length + today.length + upcoming.length === 0;
  return (
    <section aria-labelledby="follow-ups-heading">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} fz="lg" id="follow-ups-heading">
          Follow-ups
        </Title>
        <Button component={Link} to="/board" variant="subtle" size="xs">
          Open the pipeline
        </Button>
      </Group>
      {nothing ? (
        <Text size="sm" c="dimmed">
          Nothing to chase. Add reminders on an application; when you move one to Applied, a follow-up a week later is
          suggested for you.
        </Text>
      ) : (
        <Stack gap="md">
          {overdue.length > 0 ? (
            <div>
              <Text size="sm" fw={700} c="red" mb={6}>
                Overdue ({overdue.length})
              </Text>
              <ReminderList
                reminders={overdue}
                timeZone={timeZone}
                now={now}
                showApplication
                label="Overdue reminders"
              />
            </div>
          ) : null}
          {today.length > 0 ? (
            <div>
              <Text size="sm" fw={700} mb={6}>
                Today ({today.length})
              </Text>
              <ReminderList reminders={today} timeZone={timeZone} now={now} showApplication label="Today's reminders" />
            </div>
          ) : null}
          {upcoming.length > 0 ? (
            <div>
              <Text size="sm" fw={700} c="dimmed" mb={6}>
                Coming up
              </Text>
              <ReminderList reminders={upcoming} timeZone={timeZone} now={now} showApplication label="Coming up" />
            </div>
          ) : null}
        </Stack>
      )}
    </section>
  );
}
