/**
 * Tool results as Markdown an assistant reads well: ids spelled out (the next call needs them),
 * moments in ISO 8601 (what move_stage's `at` takes back), and the enum values next to their labels.
 */
import { DOCUMENT_LABEL, PHASE_LABEL, STAGE_LABEL, STATUS_LABEL } from '@jobforge/domain';
import type { ApplicationDetail, ApplicationItem, DocumentRow, ReminderItem, RunSummary } from './calls.js';

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : '-');
/** Table cells hold one line and no pipes. */
const cell = (value: string | null | undefined) => (value ?? '-').replace(/[\r\n|]+/g, ' ');

export function renderApplicationList(items: readonly ApplicationItem[], total: number): string {
  if (total === 0) return 'No applications yet. create_application adds one.';
  const header = `${total} application${total === 1 ? '' : 's'}, newest first${
    items.length < total ? ` (showing ${items.length})` : ''
  }.`;
  const rows = items.map(
    (item) =>
      `| ${item.id} | ${cell(item.companyName)} | ${cell(item.roleTitle)} | ${item.stage} | ${item.status} | ${
        item.nextAction ? `${cell(item.nextAction.title)} (due ${iso(item.nextAction.dueAt)})` : '-'
      } |`,
  );
  return [
    header,
    '',
    '| id | company | role | stage | AI status | next action |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function renderApplication(application: ApplicationDetail): string {
  const lines = [
    `# ${application.companyName}: ${application.roleTitle}`,
    '',
    `- id: ${application.id}`,
    `- name: ${application.name}`,
    `- stage: ${application.stage} (${STAGE_LABEL[application.stage]}) since ${iso(application.stageChangedAt)}`,
    `- AI status: ${application.status} (${STATUS_LABEL[application.status]})`,
    `- priority: ${application.priorityLevel}`,
    `- location: ${application.location ?? '-'}`,
    `- job URL: ${application.jobUrl ?? '-'}`,
    `- applied: ${iso(application.appliedAt)}`,
    `- created: ${iso(application.createdAt)}`,
    '',
    '## Documents',
    '',
    ...(application.documents.length === 0
      ? ['None yet: run_phase writes them (research, then resume, then cover_letter).']
      : application.documents.map(
          (document) =>
            `- ${document.documentType} (${DOCUMENT_LABEL[document.documentType]}): version ${document.version}, ${
              document.content.length
            } characters, updated ${iso(document.updatedAt)}`,
        )),
  ];
  if (application.additionalContext) lines.push('', '## Additional context', '', application.additionalContext);
  lines.push('', '## Job description', '', application.jobDescription);
  return lines.join('\n');
}

export function renderDocument(document: DocumentRow): string {
  return [
    `# ${DOCUMENT_LABEL[document.documentType]} (${document.documentType})`,
    '',
    `application ${document.applicationId}, version ${document.version}, updated ${iso(document.updatedAt)}` +
      ` (pass baseVersion ${document.version} to update_document to refuse overwriting a newer edit)`,
    '',
    '---',
    '',
    document.content,
  ].join('\n');
}

export function renderRun(run: RunSummary): string {
  const tokens = `${run.inputTokens ?? 0} in, ${run.outputTokens ?? 0} out`;
  const cost = run.costUsd === null || run.costUsd === undefined ? '' : `, cost $${Number(run.costUsd).toFixed(4)}`;
  const engine = `${run.engine ?? 'unknown engine'}${run.model ? ` (${run.model})` : ''}`;
  return [
    `${PHASE_LABEL[run.phase]} phase: ${run.status}.`,
    `- run: ${run.id}`,
    `- engine: ${engine}`,
    `- tokens: ${tokens}${cost}`,
    `- took: ${run.latencyMs ?? '-'} ms`,
    ...(run.error ? [`- error: ${run.error}`] : []),
  ].join('\n');
}

export function renderReminders(reminders: readonly ReminderItem[]): string {
  if (reminders.length === 0) return 'No reminders match.';
  return [
    '| id | due | title | kind | application | state |',
    '|---|---|---|---|---|---|',
    ...reminders.map(
      (reminder) =>
        `| ${reminder.id} | ${iso(reminder.dueAt)} | ${cell(reminder.title)} | ${reminder.kind} | ${cell(
          reminder.application.companyName,
        )}: ${cell(reminder.application.roleTitle)} (${reminder.applicationId}) | ${
          reminder.completedAt ? `done ${iso(reminder.completedAt)}` : reminder.overdue ? 'overdue' : 'open'
        } |`,
    ),
  ].join('\n');
}
