import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';

interface Score {
  total: number;
  parts: Record<string, number>;
}
interface Coverage {
  covered: string[];
  missing: string[];
  ratio: number;
}

/** The resume run's measurements before and after tailoring (ai_runs.details.validation). */
export interface ScoreReport {
  score: { before: Score; after: Score };
  coverage: { before: Coverage; after: Coverage };
}

const isScore = (value: unknown): value is Score =>
  typeof (value as Score | null)?.total === 'number' && typeof (value as Score).parts === 'object';
const isCoverage = (value: unknown): value is Coverage =>
  Array.isArray((value as Coverage | null)?.covered) && Array.isArray((value as Coverage).missing);

/** Reads the report kept with a resume run, tolerating runs of other phases and older runs. */
export function scoreReportOf(details: unknown): ScoreReport | null {
  const validation = (details as { validation?: { matchScore?: unknown; coverage?: unknown } } | null)?.validation;
  const score = validation?.matchScore as ScoreReport['score'] | undefined;
  const coverage = validation?.coverage as ScoreReport['coverage'] | undefined;
  if (!isScore(score?.before) || !isScore(score?.after)) return null;
  if (!isCoverage(coverage?.before) || !isCoverage(coverage?.after)) return null;
  return { score: score!, coverage: coverage! };
}

const PART_LABEL: Record<string, string> = {
  mustHaveSkills: 'Required skills',
  niceToHaveSkills: 'Nice-to-have skills',
  keywords: 'Posting keywords',
  prominence: 'Keywords near the top',
};

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

function Change({ before, after }: { before: number; after: number }) {
  const delta = Math.round((after - before) * 10) / 10;
  if (delta === 0) return <Text size="sm">unchanged</Text>;
  const down = delta < 0;
  return (
    <Badge
      color={down ? 'red' : 'teal'}
      variant="light"
      leftSection={down ? <IconTrendingDown size={12} /> : <IconTrendingUp size={12} />}
    >
      {down ? `went down by ${-delta}` : `up ${delta}`}
    </Badge>
  );
}

/**
 * How well the resume matches the posting before and after tailoring: the score, its parts and the
 * keywords still missing. A score that went down says so in words, not only in colour.
 */
export function MatchScorePanel({ report }: { report: ScoreReport }) {
  const { before, after } = report.score;
  const down = after.total < before.total;
  return (
    <Paper withBorder p="md" radius="lg" data-testid="match-score">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600}>Match with the posting</Text>
            <Text size="sm">
              {before.total} → <b>{after.total}</b> of 100
            </Text>
            <Change before={before.total} after={after.total} />
          </Group>
          <Text size="sm" c="dimmed">
            Keyword coverage {percent(report.coverage.before.ratio)} → {percent(report.coverage.after.ratio)}
          </Text>
        </Group>
        {down ? (
          <Text size="sm" c="red">
            The tailored resume matches this posting less well than your base resume did. Compare them before you send
            it.
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Table fz="sm" verticalSpacing={4} aria-label="Parts of the match score">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Part</Table.Th>
                <Table.Th>Before</Table.Th>
                <Table.Th>After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {Object.keys(after.parts).map((part) => (
                <Table.Tr key={part}>
                  <Table.Td>{PART_LABEL[part] ?? part}</Table.Td>
                  <Table.Td>{percent(before.parts[part] ?? 0)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress value={(after.parts[part] ?? 0) * 100} w={60} size="sm" aria-hidden />
                      {percent(after.parts[part] ?? 0)}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Still missing ({report.coverage.after.missing.length})
            </Text>
            {report.coverage.after.missing.length === 0 ? (
              <Text size="sm" c="dimmed">
                Every keyword of the posting appears in the resume.
              </Text>
            ) : (
              <Group gap={6} aria-label="Keywords still missing">
                {report.coverage.after.missing.map((keyword) => (
                  <Badge key={keyword} variant="outline" color="gray" tt="none" style={{ maxWidth: '100%' }}>
                    {keyword}
                  </Badge>
                ))}
              </Group>
            )}
            <Text size="xs" c="dimmed">
              Only add a missing keyword if it is true of you: the truth check removes claims your material does not
              back.
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
