import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of each section on the insights page: a heading, one sentence saying what it counts, the content. */
export function InsightPanel({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} fz="lg" mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {intro}
      </Text>
      {children}
    </Paper>
  );
}
