import { Text, VisuallyHidden } from '@mantine/core';
import { diffLines } from 'diff';
import { useMemo } from 'react';
import classes from './version-diff.module.css';

/** Unchanged runs longer than this keep only this many lines at each end. */
const CONTEXT = 2;

type Row = { kind: 'added' | 'removed' | 'same'; text: string } | { kind: 'skipped'; count: number };

function rowsOf(older: string, newer: string): Row[] {
  const rows: Row[] = [];
  for (const part of diffLines(older, newer)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (kind !== 'same' || lines.length <= CONTEXT * 2 + 1) {
      for (const text of lines) rows.push({ kind, text });
      continue;
    }
    for (const text of lines.slice(0, CONTEXT)) rows.push({ kind, text });
    rows.push({ kind: 'skipped', count: lines.length - CONTEXT * 2 });
    for (const text of lines.slice(-CONTEXT)) rows.push({ kind, text });
  }
  return rows;
}

const MARK = { added: '+ ', removed: '− ', same: '  ' } as const;

/** Line differences from an earlier version to the current text: removed lines struck, added ones green. */
export function VersionDiff({ older, newer, label }: { older: string; newer: string; label: string }) {
  const rows = useMemo(() => rowsOf(older, newer), [older, newer]);
  if (older === newer) {
    return (
      <Text size="sm" c="dimmed">
        Same text as the current version.
      </Text>
    );
  }
  return (
    <pre className={classes.diff} aria-label={label} data-testid="version-diff">
      {rows.map((row, index) =>
        row.kind === 'skipped' ? (
          <span key={index} className={`${classes.line} ${classes.skipped}`}>
            … {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}
          </span>
        ) : (
          <span
            key={index}
            className={`${classes.line} ${row.kind === 'same' ? '' : classes[row.kind]}`}
            data-change={row.kind}
          >
            <span aria-hidden>{MARK[row.kind]}</span>
            {row.kind === 'added' ? <VisuallyHidden>Added: </VisuallyHidden> : null}
            {row.kind === 'removed' ? <VisuallyHidden>Removed: </VisuallyHidden> : null}
            {row.text}
          </span>
        ),
      )}
    </pre>
  );
}
