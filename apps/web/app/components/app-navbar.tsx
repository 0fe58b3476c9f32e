import { Anchor, Button, CloseButton, Divider, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconFileText, IconHome, IconLayoutKanban, IconPlus, IconStarFilled } from '@tabler/icons-react';
import { Link, NavLink, useParams } from '@remix-run/react';
import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { APPLICATION_STATUSES, formatDay, STATUS_LABEL } from '@jobforge/domain';
import { useFollowLinks } from '~/lib/follow-links';
import classes from './sidebar.module.css';
import type { PipelineItem } from './board/pipeline-item';
import { SearchInput } from './search-input';
import { PriorityMark, StatusBadge } from './status-badge';

/** What a sidebar card shows of an application (the board's item carries these and more). */
export type ApplicationSummary = Pick<
  PipelineItem,
  'id' | 'name' | 'companyName' | 'roleTitle' | 'status' | 'priorityLevel' | 'createdAt'
>;

export interface ResumeSummary {
  id: string;
  name: string;
  isPrimary: boolean;
  isWritingSample: boolean;
}

const SECTIONS = [
  { to: '/', label: 'Home', icon: IconHome },
  { to: '/board', label: 'Pipeline', icon: IconLayoutKanban },
  { to: '/insights', label: 'Insights', icon: IconChartBar },
] as const;

/** The library's corner of the sidebar stays small (the primary first), so the applications keep the height. */
const SHOWN_RESUMES = 2;

/**
 * Cards the server renders; the rest follow once the page is live. The sidebar shows about ten at a
 * time, and with 500 applications their cards were a fifth of every page's HTML (the board's too).
 */
export const SERVER_RENDERED_CARDS = 30;

export function filterApplications<T extends ApplicationSummary>(
  applications: T[],
  query: string,
  status: string,
): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return applications.filter((application) => {
    if (status && application.status !== status) return false;
    const haystack = `${application.companyName} ${application.roleTitle} ${application.name}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export function AppNavbar({
  applications,
  resumes,
  onNavigate,
}: {
  applications: ApplicationSummary[];
  resumes: ResumeSummary[];
  onNavigate: () => void;
}) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterApplications(applications, deferredQuery, status),
    [applications, deferredQuery, status],
  );
  const { applicationId } = useParams();
  const filtering = query !== '' || status !== '';
  const [live, setLive] = useState(false);
  useEffect(() => startTransition(() => setLive(true)), []);
  const rendered = live ? visible : visible.slice(0, SERVER_RENDERED_CARDS);

  const followCardLink = useFollowLinks(onNavigate);

  return (
    <Stack gap="sm" h="100%" p="md">
      <nav aria-label="Sections" className={classes.sections}>
        {SECTIONS.map(({ to, label, icon: Icon }) => (
          <NavLink key={to} to={to} end className={classes.section} onClick={onNavigate}>
            <Icon size={18} stroke={1.6} aria-hidden />
            {label}
          </NavLink>
        ))}
      </nav>
      <Button
        component={Link}
        to="/applications/new"
        leftSection={<IconPlus size={18} />}
        fullWidth
        onClick={onNavigate}
      >
        New application
      </Button>

      <Group justify="space-between" mt="xs" align="baseline">
        <Title order={2} fz="md">
          Applications
        </Title>
        <Text size="xs" c="dimmed" aria-live="polite">
          {filtering ? `${visible.length} of ${applications.length}` : applications.length}
        </Text>
      </Group>

      {applications.length > 0 ? (
        <Group gap="xs" wrap="nowrap" role="search">
          <SearchInput
            aria-label="Search applications by company or role"
            placeholder="Search"
            value={query}
            onSearch={setQuery}
            rightSection={
              query ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setQuery('')} /> : null
            }
            flex={1}
            size="sm"
          />
          <NativeSelect
            aria-label="Filter by status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value)}
            data={[
              { value: '', label: 'All' },
              ...APPLICATION_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value] })),
            ]}
            size="sm"
            w={120}
          />
        </Group>
      ) : null}

      <div className={classes.scroll}>
        {applications.length === 0 ? (
          <Text size="sm" c="dimmed" py="xs">
            No applications yet. Use <b>New application</b> to add the first job you want to apply for.
          </Text>
        ) : visible.length === 0 ? (
          <Text size="sm" c="dimmed" py="xs">
            Nothing matches.{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => (setQuery(''), setStatus(''))}>
              Clear the filters
            </Anchor>
          </Text>
        ) : (
          <ul className={classes.list} aria-label="Your applications" onClick={followCardLink}>
            {rendered.map((application) => (
              <li key={application.id}>
                <a
                  href={`/applications/${application.id}`}
                  className={classes.card}
                  aria-current={application.id === applicationId ? 'page' : undefined}
                >
                  <span className={classes.row}>
                    <span className={classes.company}>{application.companyName}</span>
                    <StatusBadge status={application.status} />
                  </span>
                  <span className={classes.role} style={{ display: 'block' }}>
                    {application.roleTitle}
                  </span>
                  <span className={`${classes.row} ${classes.meta}`}>
                    <time dateTime={new Date(application.createdAt).toISOString()}>
                      {formatDay(application.createdAt)}
                    </time>
                    <PriorityMark priority={application.priorityLevel} />
                  </span>
                </a>
              </li>
            ))}
            {rendered.length < visible.length ? (
              <li>
                <a href="/board?view=list" className={classes.more}>
                  All {visible.length} applications
                </a>
              </li>
            ) : null}
          </ul>
        )}
      </div>

      <Divider />
      <Group justify="space-between" align="baseline">
        <Title order={2} fz="md">
          Resume library
        </Title>
        <Group gap="sm">
          <Anchor component={Link} to="/resumes/new" size="xs" onClick={onNavigate}>
            Add resume
          </Anchor>
          <Anchor component={Link} to="/resumes" size="xs" onClick={onNavigate}>
            Manage
          </Anchor>
        </Group>
      </Group>
      <Stack gap={2}>
        {resumes.length === 0 ? (
          <Text size="sm" c="dimmed">
            Add your base resume so every application can start from it.
          </Text>
        ) : (
          resumes.slice(0, SHOWN_RESUMES).map((resume) => (
            <Link key={resume.id} to={`/resumes/${resume.id}`} className={classes.resume} onClick={onNavigate}>
              <IconFileText size={16} aria-hidden />
              <span className={classes.resumeName}>{resume.name}</span>
              {resume.isPrimary ? (
                <IconStarFilled size={14} color="var(--mantine-color-yellow-filled)" aria-label="Primary resume" />
              ) : null}
            </Link>
          ))
        )}
        {resumes.length > SHOWN_RESUMES ? (
          <Anchor component={Link} to="/resumes" size="xs" px={8} onClick={onNavigate}>
            {resumes.length - SHOWN_RESUMES} more
          </Anchor>
        ) : null}
      </Stack>
    </Stack>
  );
}
