/**
 * /insights: the funnel (how far applications got, conversion, time per stage, weekly activity) and
 * outcomes by what was sent. Every chart has its numbers beside it. ?range=90d|365d|all.
 */
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { ActivitySection, FunnelSection, StaySection } from '~/components/insights/funnel-section';
import { OutcomesSection } from '~/components/insights/outcomes-section';
import { serverApi } from '~/lib/api.server';

export const meta: MetaFunction = () => [{ title: 'Insights · Job Forge' }];

const RANGES = { '90d': 90, '365d': 365, all: null } as const;
type Range = keyof typeof RANGES;
const isRange = (value: unknown): value is Range => typeof value === 'string' && value in RANGES;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const api = serverApi(request, context);
  const requested = new URL(request.url).searchParams.get('range');
  const range: Range = isRange(requested) ? requested : 'all';
  const span = RANGES[range];
  const from = span ? new Date(Date.now() - span * 86_400_000) : undefined;
  const [funnel, outcomes] = await api.load(async (caller) => [
    await caller.insights.funnel(from ? { from } : {}),
    await caller.insights.outcomes({}),
  ]);
  return data({ range, funnel, outcomes }, { headers: api.headers });
}

export default function InsightsPage() {
  const { range, funnel, outcomes } = useLoaderData<typeof loader>();
  const [, setSearchParams] = useSearchParams();
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Insights</Title>
          <Text c="dimmed" size="sm">
            Learn from your own search: where applications stall, and which resumes get answers.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Applications created in"
          value={range}
          onChange={(value) => setSearchParams(value === 'all' ? {} : { range: value }, { preventScrollReset: true })}
          data={[
            { value: '90d', label: '90 days' },
            { value: '365d', label: '12 months' },
            { value: 'all', label: 'All time' },
          ]}
        />
      </Group>
      {funnel.total === 0 ? (
        <Text c="dimmed">No applications in this period yet.</Text>
      ) : (
        <>
          <FunnelSection funnel={funnel} />
          <StaySection funnel={funnel} />
          <ActivitySection funnel={funnel} />
        </>
      )}
      <OutcomesSection outcomes={outcomes} />
    </Stack>
  );
}
