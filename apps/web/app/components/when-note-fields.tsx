/**
 * The "when" and "note" fields that moving a stage, correcting a timeline entry, adding a note and
 * adding a reminder share: a local date and time read in the user's zone, a note bounded like the
 * API bounds it, and the API's refusals placed next to the fields they name.
 */
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useCallback, useState } from 'react';
import { LIMITS } from '@jobforge/domain';
import { fieldErrorsOf } from '~/components/follow-ups/client-errors';
import { fromLocalInput, toLocalInput } from '~/lib/time';

type Controlled<P> = Omit<P, 'value' | 'onChange' | 'type'> & { value: string; onChange: (value: string) => void };

/** An <input type="datetime-local">; its value is a time in the user's zone, see `useWhen`. */
export function WhenInput({ value, onChange, label = 'When', ...rest }: Controlled<TextInputProps>) {
  return (
    <TextInput
      label={label}
      type="datetime-local"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...rest}
    />
  );
}

/** A free-text note, no longer than the API keeps. */
export function NoteInput({ value, onChange, label = 'Note', minRows = 2, ...rest }: Controlled<TextareaProps>) {
  return (
    <Textarea
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maxLength={LIMITS.note}
      autosize
      minRows={minRows}
      {...rest}
    />
  );
}

/** The "when" field's text, starting at `initial`, and the moment it names (null when it names none). */
export function useWhen(initial: Date | string, timeZone: string) {
  const [when, setWhen] = useState(() => toLocalInput(initial, timeZone));
  return { when, setWhen, at: () => fromLocalInput(when, timeZone) };
}

/**
 * A form's messages by field. A refused mutation puts the API's messages next to the fields it names,
 * or, when it names none, its message under `fallback` (a field, or "form" for `FormError`).
 */
export function useFieldErrors(fallback: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useCallback(
    (error: unknown) => {
      const fields = fieldErrorsOf(error);
      setErrors(Object.keys(fields).length > 0 ? fields : { [fallback]: (error as Error).message });
    },
    [fallback],
  );
  return { errors, setErrors, onError };
}
