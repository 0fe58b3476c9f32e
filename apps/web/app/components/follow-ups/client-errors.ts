/** Per-field messages from a tRPC client error (the API names each rejected field). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const data = (error as { data?: { fieldErrors?: { fieldErrors?: Record<string, string[]> } | null } } | null)?.data;
  const fields = data?.fieldErrors?.fieldErrors ?? {};
  return Object.fromEntries(
    Object.entries(fields).map(([field, messages]) => {
      const message = messages[0] ?? '';
      return [field, message === 'is required' ? 'Required' : message.charAt(0).toUpperCase() + message.slice(1)];
    }),
  );
}
