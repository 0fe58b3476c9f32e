/** Field limits: the API refuses more, the forms say so before sending, the database columns fit them. */
export const LIMITS = {
  name: 255,
  jobDescription: 100_000,
  content: 200_000,
  additionalContext: 20_000,
  url: 2_048,
  focusArea: 100,
  note: 20_000,
} as const;

/** Passwords are counted in characters (code points), not bytes. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
