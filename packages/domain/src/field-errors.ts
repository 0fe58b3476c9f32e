/**
 * Field errors as a form shows them: one message per top-level field, worded for the place under
 * the field ("Required", "Must be at most 255 characters"). Used for the schema's own verdict in the
 * browser and the action, and for the issues the API sends back, so both read the same.
 */
import { z } from 'zod';

export type FieldErrors = Record<string, string>;

export interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

/** The schema issues carried by a rejected input's error (`cause.issues`), or null. */
export function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) && issues.length > 0 ? (issues as Issue[]) : null;
}

/** An issue's path as dotted text ("experience.0.title"); empty for the input as a whole. */
export function issuePath(issue: Issue): string {
  return (issue.path ?? [])
    .map((part) => (typeof part === 'object' && part !== null && 'key' in part ? part.key : part))
    .map(String)
    .join('.');
}

/** One line for a rejected input, naming each field: "companyName: is required; jobUrl: ...". */
export function describeIssues(issues: readonly Issue[]): string {
  const lines = issues.slice(0, 5).map((issue) => {
    const path = issuePath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > 5) lines.push(`and ${issues.length - 5} more problems`);
  return lines.join('; ');
}

/** "is required" under a field labelled "Company" reads best as "Required". */
export function fieldMessage(message: string): string {
  if (message === 'is required') return 'Required';
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function fieldOf(issue: Issue): string {
  const first = issue.path?.[0];
  if (first === undefined) return '';
  return String(typeof first === 'object' && first !== null && 'key' in first ? first.key : first);
}

/** The first message of each field; messages about no field in particular go to `unplaced`. */
export function fieldErrorsOf(issues: readonly Issue[]): { fieldErrors: FieldErrors; unplaced: string[] } {
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (field && !fieldErrors[field]) fieldErrors[field] = fieldMessage(issue.message);
    else if (!field) unplaced.push(fieldMessage(issue.message));
  }
  return { fieldErrors, unplaced };
}

/** A form's schema from field schemas (zod from this package, so the schemas and the form share one copy). */
export const formOf = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape);

/** Checks `values` against `schema`; an empty object when they pass. */
export function validateFields(schema: z.ZodType, values: unknown): FieldErrors {
  const result = schema.safeParse(values);
  return result.success ? {} : fieldErrorsOf(result.error.issues).fieldErrors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
