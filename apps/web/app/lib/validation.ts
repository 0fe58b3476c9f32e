/**
 * The checks a form runs before it is sent, in the browser (instant feedback) and again in the
 * action (for browsers without JavaScript). The API remains the authority and validates again;
 * these mirror its rules and word their messages for someone looking at the field.
 */
import { LIMITS, isPriorityLevel } from './domain';

export type FieldErrors = Record<string, string>;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Reads a text field; a missing field and an uploaded file both read as "". */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function required(errors: FieldErrors, field: string, value: string, max: number) {
  if (value.trim() === '') errors[field] = 'Required';
  else if (value.trim().length > max) errors[field] = `Must be at most ${max.toLocaleString('en-US')} characters`;
}

function optional(errors: FieldErrors, field: string, value: string, max: number) {
  if (value.trim().length > max) errors[field] = `Must be at most ${max.toLocaleString('en-US')} characters`;
}

/** As the API allows; longer input is refused before any pattern looks at it. */
export const EMAIL_MAX_LENGTH = LIMITS.name;
/** Linear: the domain's labels cannot contain dots, so there is one way to split it. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

function email(errors: FieldErrors, value: string) {
  const trimmed = value.trim();
  if (trimmed === '') errors.email = 'Required';
  else if (trimmed.length > EMAIL_MAX_LENGTH) errors.email = `Must be at most ${EMAIL_MAX_LENGTH} characters`;
  else if (!EMAIL.test(trimmed)) errors.email = 'Enter an email address such as ada@example.com';
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export interface LoginValues {
  email: string;
  password: string;
}

export function validateLogin(values: LoginValues): FieldErrors {
  const errors: FieldErrors = {};
  email(errors, values.email);
  if (values.password === '') errors.password = 'Required';
  return errors;
}

export interface RegisterValues extends LoginValues {
  fullName: string;
}

export function validateRegister(values: RegisterValues): FieldErrors {
  const errors: FieldErrors = {};
  required(errors, 'fullName', values.fullName, LIMITS.name);
  email(errors, values.email);
  const length = [...values.password].length;
  if (length < PASSWORD_MIN_LENGTH) errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  else if (length > PASSWORD_MAX_LENGTH) errors.password = `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  return errors;
}

export interface ApplicationValues {
  companyName: string;
  roleTitle: string;
  jobDescription: string;
  jobUrl: string;
  location: string;
  priorityLevel: string;
  additionalContext: string;
}

export const APPLICATION_FIELDS = [
  'companyName',
  'roleTitle',
  'jobDescription',
  'jobUrl',
  'location',
  'priorityLevel',
  'additionalContext',
] as const;

export function readApplicationForm(form: FormData): ApplicationValues {
  const entries = APPLICATION_FIELDS.map((field) => [field, textField(form, field)] as const);
  return Object.fromEntries(entries) as unknown as ApplicationValues;
}

export function validateApplication(values: ApplicationValues): FieldErrors {
  const errors: FieldErrors = {};
  required(errors, 'companyName', values.companyName, LIMITS.name);
  required(errors, 'roleTitle', values.roleTitle, LIMITS.name);
  required(errors, 'jobDescription', values.jobDescription, LIMITS.jobDescription);
  const url = values.jobUrl.trim();
  if (url.length > LIMITS.url) errors.jobUrl = `Must be at most ${LIMITS.url.toLocaleString('en-US')} characters`;
  else if (url !== '' && !isHttpUrl(url)) errors.jobUrl = 'Enter a web address starting with https:// or http://';
  optional(errors, 'location', values.location, LIMITS.name);
  if (values.priorityLevel !== '' && !isPriorityLevel(values.priorityLevel))
    errors.priorityLevel = 'Choose low, medium or high';
  optional(errors, 'additionalContext', values.additionalContext, LIMITS.additionalContext);
  return errors;
}

export interface ResumeValues {
  name: string;
  content: string;
  focusArea: string;
}

export function validateResume(values: ResumeValues): FieldErrors {
  const errors: FieldErrors = {};
  required(errors, 'name', values.name, LIMITS.name);
  if (values.content.trim() === '') errors.content = 'Write or upload the resume text';
  else if (values.content.length > LIMITS.content)
    errors.content = `Must be at most ${LIMITS.content.toLocaleString('en-US')} characters`;
  optional(errors, 'focusArea', values.focusArea, LIMITS.focusArea);
  return errors;
}

export function validateDocumentContent(content: string): FieldErrors {
  return content.length > LIMITS.content
    ? {
        content: `Must be at most ${LIMITS.content.toLocaleString(
          'en-US',
        )} characters (this is ${content.length.toLocaleString('en-US')})`,
      }
    : {};
}

export const UPLOAD_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
/** UTF-8 can take up to four bytes a character; more than this cannot fit the content limit. */
export const UPLOAD_MAX_BYTES = LIMITS.content * 4;

/** Why an uploaded resume file cannot be used, or null. */
export function uploadProblem(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return 'Upload a Markdown (.md) or plain text (.txt) file';
  }
  if (file.size === 0) return 'The file is empty';
  if (file.size > UPLOAD_MAX_BYTES) return 'The file is too large for a resume (at most 200,000 characters)';
  return null;
}

/** "Senior_backend-resume.md" -> "Senior backend resume", as a default resume name. */
export function nameFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (base.charAt(0).toUpperCase() + base.slice(1)).slice(0, LIMITS.name);
}

/**
 * What a sign-in or sign-up form shows again after a refusal: the value as typed, unless it is far
 * beyond anything valid (re-rendering 200 KB into the page and its data costs the server for nothing).
 */
export function echoed(value: string): string {
  return value.length <= 1_000 ? value : '';
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
