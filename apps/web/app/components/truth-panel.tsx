import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Disclosure } from './disclosure';

/** One thing the truth check did to a generated document (ai_runs.details.validation.actions). */
export interface TruthAction {
  action: 'removed' | 'restored' | 'removed_item' | 'ignored_posting_line' | 'replaced';
  text: string;
  replacement?: string;
  reasons: string[];
}

export interface TruthCheck {
  actions: TruthAction[];
  leftOut: string[];
  warnings: string[];
}

const ACTION_LABEL: Record<TruthAction['action'], { label: string; color: string }> = {
  restored: { label: 'Restored to your words', color: 'teal' },
  removed: { label: 'Removed', color: 'red' },
  removed_item: { label: 'Removed from a list', color: 'orange' },
  replaced: { label: 'Replaced', color: 'grape' },
  ignored_posting_line: { label: 'Ignored in the posting', color: 'gray' },
};

/** Reads the check report kept with a run, tolerating runs saved before reports existed. */
export function truthCheckOf(details: unknown): TruthCheck | null {
  const validation = (details as { validation?: Partial<TruthCheck> } | null)?.validation;
  if (!validation || !Array.isArray(validation.actions)) return null;
  return {
    actions: validation.actions,
    leftOut: Array.isArray(validation.leftOut) ? validation.leftOut : [],
    warnings: Array.isArray(validation.warnings) ? validation.warnings : [],
  };
}

/** A line as text: without its list marker or heading hashes. */
function withoutMarker(line: string): string {
  return line.replace(/^\s*(?:[-*•]\s+|#{1,6}\s+)/, '');
}

function summary(check: TruthCheck): string {
  const count = (kind: TruthAction['action']) => check.actions.filter((a) => a.action === kind).length;
  const parts = [
    [count('restored'), 'line restored to your own words', 'lines restored to your own words'],
    [count('removed'), 'statement removed', 'statements removed'],
    [count('removed_item'), 'list item removed', 'list items removed'],
    [count('replaced'), 'statement replaced', 'statements replaced'],
    [count('ignored_posting_line'), 'posting line addressed to AI ignored', 'posting lines addressed to AI ignored'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, one, many]) => `${n} ${Number(n) === 1 ? one : many}`);
  return parts.length
    ? `${parts.join(', ')}.`
    : 'Nothing to undo: everything in it is your own text or backed by your material.';
}

/**
 * "Checked against your material": what the truth check removed, restored or ignored in a
 * generated document, and why. It reads the report stored with the run, so it survives reloads.
 */
export function TruthPanel({ check, edited }: { check: TruthCheck; edited: boolean }) {
  const details = check.actions.length + check.leftOut.length;
  return (
    <Paper withBorder p="md" radius="lg" data-testid="truth-panel" aria-label="Checked against your material">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconShieldCheck size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            Checked against your material
          </Text>
          <Text size="sm" c="dimmed">
            {summary(check)}
            {edited ? ' This is the check of the generated version; your edits since are your own.' : ''}
          </Text>
          {check.warnings.map((warning) => (
            <Text key={warning} size="sm" c="orange">
              {warning}
            </Text>
          ))}
          {details > 0 ? (
            <Disclosure size="sm" showLabel="Show what was changed and why" hideLabel="Hide what was changed">
              <List spacing="sm" size="sm" listStyleType="none" mt="xs">
                {check.actions.map((action, index) => (
                  <List.Item key={index}>
                    <Badge size="xs" variant="light" color={ACTION_LABEL[action.action].color} mr={6}>
                      {ACTION_LABEL[action.action].label}
                    </Badge>
                    <Text span size="sm" td={action.action === 'restored' ? undefined : 'line-through'} c="dimmed">
                      {withoutMarker(action.text)}
                    </Text>
                    {action.replacement ? (
                      <Text size="sm" mt={2}>
                        Now: {withoutMarker(action.replacement)}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed" mt={2}>
                      Why: {action.reasons.join('; ')}
                    </Text>
                  </List.Item>
                ))}
                {check.leftOut.length ? (
                  <List.Item>
                    <Badge size="xs" variant="light" color="blue" mr={6}>
                      Left out
                    </Badge>
                    <Text span size="sm">
                      {check.leftOut.length} line{check.leftOut.length > 1 ? 's' : ''} of your base resume{' '}
                      {check.leftOut.length > 1 ? 'are' : 'is'} not in this version (still in your library):
                    </Text>
                    <List size="sm" withPadding mt={4}>
                      {check.leftOut.map((line) => (
                        <List.Item key={line}>{line}</List.Item>
                      ))}
                    </List>
                  </List.Item>
                ) : null}
              </List>
            </Disclosure>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
