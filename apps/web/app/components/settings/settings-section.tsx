/**
 * The frame every Settings section shares (a titled card a screen reader can jump to, with a line
 * saying what it is for) and the table the devices and tokens lists are drawn in.
 */
import { Group, Paper, Table, Text, Title, VisuallyHidden, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export function SettingsSection({
  id,
  title,
  icon,
  intro,
  introSpace = 'md',
  children,
}: {
  /** Names the heading `${id}-heading`, which the section is labelled by (tests and screenshots find it so). */
  id: string;
  title: string;
  icon?: ReactNode;
  intro: ReactNode;
  introSpace?: MantineSpacing;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="lg" component="section" aria-labelledby={headingId}>
      <Group gap="xs">
        {icon}
        <Title order={2} fz="lg" id={headingId}>
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb={introSpace}>
        {intro}
      </Text>
      {children}
    </Paper>
  );
}

/** A column heading; `wide` ones are shown from the small breakpoint up, so a phone keeps the essentials. */
export interface SettingsColumn {
  label: string;
  wide?: boolean;
}

/** A list with one row per item and, last, a column of actions whose heading only screen readers hear. */
export function SettingsTable({
  columns,
  mt,
  children,
}: {
  columns: SettingsColumn[];
  mt?: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={340} mt={mt}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} visibleFrom={column.wide ? 'sm' : undefined}>
                {column.label}
              </Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One plain-text cell of such a list; `wide` as for its column. */
export function SettingsCell({ wide, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <Table.Td visibleFrom={wide ? 'sm' : undefined}>
      <Text size="sm">{children}</Text>
    </Table.Td>
  );
}
