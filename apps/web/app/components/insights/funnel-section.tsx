import { BarChart, LineChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import type { RouterOutputs } from '@jobforge/api';
import { STAGE_LABEL, type ApplicationStage } from '@jobforge/domain';
import { ClientOnly } from './client-only';
import { InsightPanel } from './insight-panel';
import { Rate } from './rate';
import classes from './insights.module.css';

type Funnel = RouterOutputs['insights']['funnel'];

const days = (value: number | null) =>
  value === null ? '–' : value < 10 ? value.toFixed(1) : String(Math.round(value));

export function FunnelSection({ funnel }: { funnel: Funnel }) {
  const road = funnel.stages.filter((s) => s.stage !== 'rejected' && s.stage !== 'withdrawn');
  const conversionTo = new Map(funnel.conversions.map((c) => [c.from, c]));
  return (
    <InsightPanel
      title="Funnel"
      intro={
        <>
          How many of your {funnel.total} applications reached each stage, and how many of those went on to the next
          (from fewer than {funnel.minSample} applications: the counts, not a rate).
        </>
      }
    >
      <div className={classes.pair}>
        <ClientOnly label="Bar chart of applications that reached each stage; the numbers are in the table">
          {() => (
            <BarChart
              h={260}
              data={road.map((s) => ({ stage: STAGE_LABEL[s.stage], Reached: s.reached }))}
              dataKey="stage"
              orientation="vertical"
              yAxisProps={{ width: 96 }}
              series={[{ name: 'Reached', color: 'indigo.6' }]}
              withBarValueLabel
              gridAxis="none"
            />
          )}
        </ClientOnly>
        <table className={classes.table}>
          <caption className={classes.caption}>Applications per stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Reached</th>
              <th scope="col">Now</th>
              <th scope="col">On to next</th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((s) => {
              const next = conversionTo.get(s.stage as never);
              return (
                <tr key={s.stage}>
                  <th scope="row">{STAGE_LABEL[s.stage as ApplicationStage]}</th>
                  <td>{s.reached}</td>
                  <td>{s.current}</td>
                  <td>
                    {next ? (
                      <Rate part={next.toCount} whole={next.fromCount} rate={next.rate} enough={next.enough} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </InsightPanel>
  );
}

export function StaySection({ funnel }: { funnel: Funnel }) {
  return (
    <InsightPanel
      title="Time in each stage"
      intro="Median days an application stayed in a stage before moving on (applications still there are not counted yet)."
    >
      <div className={classes.pair}>
        <ClientOnly label="Bar chart of median days per stage; the numbers are in the table">
          {() =>
            funnel.medianDays.every((m) => !m.days) ? (
              <Text size="sm" c="dimmed">
                No application has moved on from a stage after a day or more yet.
              </Text>
            ) : (
              <BarChart
                h={240}
                data={funnel.medianDays.map((m) => ({
                  stage: STAGE_LABEL[m.stage],
                  Days: m.days === null ? 0 : Number(days(m.days)),
                }))}
                dataKey="stage"
                series={[{ name: 'Days', color: 'teal.6' }]}
                withBarValueLabel
                gridAxis="y"
              />
            )
          }
        </ClientOnly>
        <table className={classes.table}>
          <caption className={classes.caption}>Median days before moving on</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Median days</th>
              <th scope="col">Moves counted</th>
            </tr>
          </thead>
          <tbody>
            {funnel.medianDays.map((m) => (
              <tr key={m.stage}>
                <th scope="row">{STAGE_LABEL[m.stage]}</th>
                <td>{days(m.days)}</td>
                <td>{m.samples}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </InsightPanel>
  );
}

export function ActivitySection({ funnel }: { funnel: Funnel }) {
  const label = (week: string) =>
    new Date(`${week}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const data = funnel.weekly.map((w) => ({
    week: label(w.weekStart),
    Created: w.created,
    Applied: w.applied,
    Interviews: w.interviews,
    Offers: w.offers,
    Rejections: w.rejections,
  }));
  return (
    <InsightPanel
      title="Weekly activity"
      intro="Applications created and stage changes per week (weeks start on Monday)."
    >
      <Stack gap="md">
        <ClientOnly label="Line chart of weekly activity; the numbers are in the table below">
          {() => (
            <LineChart
              h={240}
              data={data}
              dataKey="week"
              withLegend
              curveType="monotone"
              series={[
                { name: 'Created', color: 'gray.6' },
                { name: 'Applied', color: 'blue.6' },
                { name: 'Interviews', color: 'violet.6' },
                { name: 'Offers', color: 'orange.6' },
                { name: 'Rejections', color: 'red.6' },
              ]}
            />
          )}
        </ClientOnly>
        <div className={classes.scroll}>
          <table className={classes.table}>
            <caption className={classes.caption}>Per week (weeks without activity left out)</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Created</th>
                <th scope="col">Applied</th>
                <th scope="col">Interviews</th>
                <th scope="col">Offers</th>
                <th scope="col">Rejections</th>
              </tr>
            </thead>
            <tbody>
              {data
                .filter((row) => row.Created + row.Applied + row.Interviews + row.Offers + row.Rejections > 0)
                .map((row) => (
                  <tr key={row.week}>
                    <th scope="row">{row.week}</th>
                    <td>{row.Created}</td>
                    <td>{row.Applied}</td>
                    <td>{row.Interviews}</td>
                    <td>{row.Offers}</td>
                    <td>{row.Rejections}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </Stack>
    </InsightPanel>
  );
}
