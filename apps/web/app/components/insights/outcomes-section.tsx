import { BarChart } from '@mantine/charts';
import { Badge, SimpleGrid, Stack } from '@mantine/core';
import type { RouterOutputs } from '@jobforge/api';
import { ClientOnly } from './client-only';
import { InsightPanel } from './insight-panel';
import { Rate } from './rate';
import classes from './insights.module.css';

type Outcomes = RouterOutputs['insights']['outcomes'];
type Group = Outcomes['overall'];

function OutcomeTable({ title, groups, minSample }: { title: string; groups: Group[]; minSample: number }) {
  const shown = groups.filter((group) => group.sent > 0);
  return (
    <table className={classes.table}>
      <caption className={classes.caption}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Sent</th>
          <th scope="col">Heard back</th>
          <th scope="col">Interviewed</th>
        </tr>
      </thead>
      <tbody>
        {shown.length === 0 ? (
          <tr>
            <td colSpan={4} className={classes.low}>
              Nothing sent yet
            </td>
          </tr>
        ) : (
          shown.map((group) => (
            <tr key={group.key}>
              <th scope="row">
                {group.label}{' '}
                {group.enough ? null : (
                  <Badge size="xs" variant="outline" color="gray" title={`Fewer than ${minSample} applications`}>
                    too few to judge
                  </Badge>
                )}
              </th>
              <td>{group.sent}</td>
              <td>
                <Rate part={group.responses} whole={group.sent} rate={group.responseRate} enough={group.enough} />
              </td>
              <td>
                <Rate part={group.interviews} whole={group.sent} rate={group.interviewRate} enough={group.enough} />
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function OutcomesSection({ outcomes }: { outcomes: Outcomes }) {
  const comparable = [...outcomes.byTailoring, ...outcomes.byMatchScore].filter((group) => group.enough);
  return (
    <InsightPanel
      title="What works"
      intro={
        <>
          Of the {outcomes.overall.sent} applications you sent, {outcomes.overall.responses} heard back (a rejection
          counts as an answer) and {outcomes.overall.interviews} reached an interview. Groups of fewer than{' '}
          {outcomes.minSample} applications show counts, not rates: too few to judge by.
        </>
      }
    >
      <Stack gap="lg">
        {comparable.length > 0 ? (
          <ClientOnly label="Bar chart of response and interview rates for groups with enough applications; the numbers are in the tables">
            {() => (
              <BarChart
                h={240}
                data={comparable.map((group) => ({
                  group: group.label,
                  'Heard back': Math.round((group.responseRate ?? 0) * 100),
                  Interviewed: Math.round((group.interviewRate ?? 0) * 100),
                }))}
                dataKey="group"
                unit="%"
                withLegend
                series={[
                  { name: 'Heard back', color: 'blue.6' },
                  { name: 'Interviewed', color: 'violet.6' },
                ]}
              />
            )}
          </ClientOnly>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <OutcomeTable title="By base resume" groups={outcomes.byBaseResume} minSample={outcomes.minSample} />
          <OutcomeTable title="Tailored or not" groups={outcomes.byTailoring} minSample={outcomes.minSample} />
          <OutcomeTable title="By match score" groups={outcomes.byMatchScore} minSample={outcomes.minSample} />
        </SimpleGrid>
      </Stack>
    </InsightPanel>
  );
}
