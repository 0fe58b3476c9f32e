/**
 * Reading the pages' forms and checking them before they are sent, in the browser (instant
 * feedback) and again in the action (for browsers without JavaScript). The rules and their messages
 * are the API's own field schemas from @jobforge/domain; the API checks again either way.
 */
import {
  applicationFields,
  documentFields,
  formOf,
  LIMITS,
  resumeFields,
  signInFields,
  signUpFields,
  validateFields,
  type FieldErrors,
} from '@jobforge/domain';

export { hasErrors, PASSWORD_MIN_LENGTH, type FieldErrors } from '@jobforge/domain';

/** Reads a text field; a missing field and an uploaded file both read as "". */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export interface LoginValues {
  email: string;
  password: string;
}

const loginForm = formOf(signInFields);
export const validateLogin = (values: LoginValues): FieldErrors => validateFields(loginForm, values);

export interface RegisterValues extends LoginValues {
  fullName: string;
}

const registerForm = formOf(signUpFields);
export const validateRegister = (values: RegisterValues): FieldErrors => validateFields(registerForm, values);

export const APPLICATION_FIELDS = [
  'companyName',
  'roleTitle',
  'jobDescription',
  'jobUrl',
  'location',
  'priorityLevel',
  'additionalContext',
] as const;

export type ApplicationValues = Record<(typeof APPLICATION_FIELDS)[number], string>;

export function readApplicationForm(form: FormData): ApplicationValues {
  const entries = APPLICATION_FIELDS.map((field) => [field, textField(form, field)] as const);
  return Object.fromEntries(entries) as ApplicationValues;
}

/** A form without a chosen priority leaves it to the API's default. */
const applicationForm = formOf({ ...applicationFields, priorityLevel: applicationFields.priorityLevel.optional() });
export const validateApplication = (values: ApplicationValues): FieldErrors =>
  validateFields(applicationForm, { ...values, priorityLevel: values.priorityLevel || undefined });

export interface ResumeValues {
  name: string;
  content: string;
  focusArea: string;
}

const resumeForm = formOf({
  name: resumeFields.name,
  content: resumeFields.content,
  focusArea: resumeFields.focusArea,
});
export const validateResume = (values: ResumeValues): FieldErrors => validateFields(resumeForm, values);

const documentForm = formOf({ content: documentFields.content });
export const validateDocumentContent = (content: string): FieldErrors => validateFields(documentForm, { content });

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
