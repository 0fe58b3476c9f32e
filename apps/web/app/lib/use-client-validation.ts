import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { FieldErrors } from './forms';

/**
 * Checks a form in the browser before it is sent. On problems it stops the submission, shows
 * the messages and moves focus to the first field in trouble; the server checks again either way.
 * `errors` combines the server's messages (from the action) with the browser's; editing a field
 * hides its message, since it no longer describes what is there. `field(name)` wires an input to all that.
 */
export function useClientValidation(validate: (form: FormData) => FieldErrors, serverErrors?: FieldErrors | null) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  // A new answer from the server brings its own messages back into view.
  useEffect(() => setEdited(new Set()), [serverErrors]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const formElement = event.currentTarget;
      const found = validate(new FormData(formElement));
      setClientErrors(found);
      const first = Object.keys(found)[0];
      if (first) {
        event.preventDefault();
        const field = formElement.elements.namedItem(first);
        if (field instanceof HTMLElement) field.focus();
      }
    },
    [validate],
  );

  const clear = useCallback((field: string) => {
    setEdited((current) => (current.has(field) ? current : new Set([...current, field])));
    setClientErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const errors: FieldErrors = { ...clientErrors };
  for (const [field, message] of Object.entries(serverErrors ?? {})) {
    if (!edited.has(field) && !errors[field]) errors[field] = message;
  }
  /** What a named input needs: its name, its message, and hiding that message once edited. */
  const field = (name: string) => ({ name, error: errors[name], onChange: () => clear(name) });
  return { errors, onSubmit, clear, field };
}
