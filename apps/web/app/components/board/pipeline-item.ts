import type { ApplicationStage, ApplicationStatus, PriorityLevel, ReminderKind } from '@jobforge/domain';

/** An application as the board and the list show it (what the app shell loads for every page). */
export interface PipelineItem {
  id: string;
  /** The generated name (`acme_staff_engineer_2026_11_29`), which people copy and the sidebar search matches too. */
  name: string;
  companyName: string;
  roleTitle: string;
  status: ApplicationStatus;
  priorityLevel: PriorityLevel;
  stage: ApplicationStage;
  stageChangedAt: string | Date;
  appliedAt: string | Date | null;
  createdAt: string | Date;
  nextAction: { reminderId: string; title: string; dueAt: string | Date; kind: ReminderKind } | null;
}

/** The fields of PipelineItem, which the app shell picks from applications.list for every page. */
export const PIPELINE_ITEM_FIELDS = [
  'id',
  'name',
  'companyName',
  'roleTitle',
  'status',
  'priorityLevel',
  'stage',
  'stageChangedAt',
  'appliedAt',
  'createdAt',
  'nextAction',
] as const satisfies ReadonlyArray<keyof PipelineItem>;

/** What the board and the list view both take. */
export interface PipelineViewProps {
  items: PipelineItem[];
  timeZone: string;
  now: number;
  onMove: (item: PipelineItem, stage: ApplicationStage) => void;
}
