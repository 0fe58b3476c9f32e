import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A segmented control over a fixed set of choices, typed by them: Mantine's hands back a plain
 * string, so the one cast back to the choice type lives here instead of at every use.
 */
export function ChoiceControl<T extends string>({
  value,
  onChange,
  choices,
  ...rest
}: Omit<SegmentedControlProps, 'value' | 'onChange' | 'data'> & {
  value: T;
  onChange: (value: T) => void;
  choices: ReadonlyArray<{ value: T; label: ReactNode }>;
}) {
  return <SegmentedControl value={value} onChange={(next) => onChange(next as T)} data={[...choices]} {...rest} />;
}
