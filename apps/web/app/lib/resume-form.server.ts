/**
 * Reads the resume form, including the no-JavaScript path where a .md/.txt file arrives with it.
 */
import { data, redirect, type AppLoadContext } from '@remix-run/node';
import { LIMITS } from '@jobforge/domain';
import type { ResumeActionResult } from '~/components/resume-form';
import { serverApi } from './api.server';
import { hasErrors, nameFromFileName, textField, uploadProblem, validateResume, type FieldErrors } from './forms';

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

/** The action of the pages that add a resume (typed, uploaded, or imported and reviewed). */
export async function createResumeFromForm(request: Request, context: AppLoadContext) {
  const { input, fieldErrors } = await readResumeForm(await request.formData());
  if (hasErrors(fieldErrors))
    return data<ResumeActionResult>({ ok: false, fieldErrors, formError: null }, { status: 400 });
  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.resumes.create(input));
  if (!result.ok) {
    const { failure } = result;
    return data<ResumeActionResult>(
      {
        ok: false,
        fieldErrors: failure.fieldErrors,
        formError: hasErrors(failure.fieldErrors) ? null : failure.message,
      },
      { status: failure.status, headers: api.headers },
    );
  }
  return redirect(`/resumes?added=${result.value.id}`, { headers: api.headers });
}
