/**
 * /board: every application by hiring stage, as a board (drag and drop) or as a sortable list.
 * The applications come from the app shell's loader (one query serves the sidebar and the board).
 * ?view=list shows the list; ?q= filters by company or role in both views.
 */
import { Button, Checkbox, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconLayoutKanban, IconList, IconPlus } from '@tabler/icons-react';
import type { MetaFunction } from '@remix-run/node';
import { Link, useRouteLoaderData, useSearchParams } from '@remix-run/react';
import { useDeferredValue, useMemo, useState } from 'react';
import { ApplicationTable } from '~/components/board/application-table';
import { Board } from '~/components/board/board';
import classes from '~/components/board/board.module.css';
import type { PipelineItem } from '~/components/board/pipeline-item';
import { useStageMover } from '~/components/board/use-stage-mover';
import { SearchInput } from '~/components/search-input';
import { APPLICATION_STAGES, STAGE_LABEL, isApplicationStage } from '@jobforge/domain';
import { useNow, useTimeZone } from '~/lib/use-time-zone';
import type { loader as appLoader } from './_app';

export const meta: MetaFunction = () => [{ title: 'Pipeline · Job Forge' }];

export function filterPipeline(items: PipelineItem[], query: string, stage: string, overdueOnly: boolean, now: number) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (stage && item.stage !== stage) return false;
    if (overdueOnly && !(item.nextAction && new Date(item.nextAction.dueAt).getTime() < now)) return false;
    const haystack = `${item.companyName} ${item.roleTitle}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export default function BoardPage() {
  const shell = useRouteLoaderData<typeof appLoader>('routes/_app');
  const [searchParams, setSearchParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const timeZone = useTimeZone();
  const now = useNow();
  const view = searchParams.get('view') === 'list' ? 'list' : 'board';
  const [query, setQuery] = useState(searchParams.get('q') ?? '');
  const [stage, setStage] = useState(() => {
    const requested = searchParams.get('stage');
    return isApplicationStage(requested) ? requested : '';
  });
  const [overdueOnly, setOverdueOnly] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const { items, move } = useStageMover((shell?.applications ?? []) as PipelineItem[], setAnnouncement);
  const visible = useMemo(
    () => filterPipeline(items, deferredQuery, view === 'list' ? stage : '', overdueOnly, now),
    [items, deferredQuery, view, stage, overdueOnly, now],
  );
  if (!shell) return null;

  const setView = (next: string) =>
    setSearchParams(
      (params) => {
        if (next === 'list') params.set('view', 'list');
        else params.delete('view');
        return params;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>Pipeline</Title>
          <Text c="dimmed" size="sm">
            {items.length === 0
              ? 'Your applications will appear here by stage.'
              : 'Drag a card to another stage, or use the stage menu on each card.'}
          </Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            value={view}
            onChange={setView}
            aria-label="View"
            data={[
              {
                value: 'board',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconLayoutKanban size={16} aria-hidden /> Board
                  </Group>
                ),
              },
              {
                value: 'list',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconList size={16} aria-hidden /> List
                  </Group>
                ),
              },
            ]}
          />
          <Button component={Link} to="/applications/new" leftSection={<IconPlus size={18} />}>
            New application
          </Button>
        </Group>
      </Group>

      <Group gap="sm" align="flex-end" role="search">
        <SearchInput
          aria-label="Filter by company or role"
          value={query}
          onSearch={setQuery}
          w={{ base: '100%', xs: 280 }}
        />
        {view === 'list' ? (
          <NativeSelect
            aria-label="Filter by stage"
            value={stage}
            onChange={(event) => setStage(event.currentTarget.value as typeof stage)}
            data={[
              { value: '', label: 'All stages' },
              ...APPLICATION_STAGES.map((s) => ({ value: s, label: STAGE_LABEL[s] })),
            ]}
            w={160}
          />
        ) : null}
        <Checkbox
          label="Overdue follow-ups only"
          checked={overdueOnly}
          onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
          mb={6}
        />
        {visible.length !== items.length ? (
          <Text size="sm" c="dimmed" mb={6} aria-live="polite">
            Showing {visible.length} of {items.length}
          </Text>
        ) : null}
      </Group>

      {items.length === 0 ? (
        <Text c="dimmed">
          No applications yet. <Link to="/applications/new">Create the first one</Link>.
        </Text>
      ) : view === 'board' ? (
        <Board items={visible} timeZone={timeZone} now={now} onMove={move} />
      ) : (
        <ApplicationTable items={visible} timeZone={timeZone} now={now} onMove={move} />
      )}
      <div className={classes.visuallyHidden} aria-live="polite" role="status">
        {announcement}
      </div>
    </Stack>
  );
}
