/**
 * Reads the resume form, including the no-JavaScript path where a .md/.txt file arrives with it.
 */
import { LIMITS } from './domain';
import { nameFromFileName, textField, uploadProblem, validateResume, type FieldErrors } from './validation';

export interface ResumeInput {
  name: string;
  content: string;
  focusArea: string | null;
  isWritingSample: boolean;
}

export async function readResumeForm(form: FormData): Promise<{ input: ResumeInput; fieldErrors: FieldErrors }> {
  let content = textField(form, 'content');
  let name = textField(form, 'name');
  const fieldErrors: FieldErrors = {};
  const file = form.get('file');
  if (file instanceof File && file.size > 0 && content.trim() === '') {
    const problem = uploadProblem(file);
    if (problem) fieldErrors.content = problem;
    else {
      content = await file.text();
      if (!name.trim()) name = nameFromFileName(file.name);
    }
  }
  const focusArea = textField(form, 'focusArea');
  const input: ResumeInput = {
    name,
    content: content.slice(0, LIMITS.content + 1),
    focusArea: focusArea.trim() ? focusArea : null,
    isWritingSample: textField(form, 'isWritingSample') === 'true',
  };
  return { input, fieldErrors: { ...validateResume({ name, content, focusArea }), ...fieldErrors } };
}
