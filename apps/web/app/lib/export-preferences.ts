/**
 * The person's choice of template and paper for downloads, kept in this browser (localStorage), and
 * the download addresses built from it. The letter date is the browser's own day, not the server's.
 */
import { useLocalStorage } from '@mantine/hooks';
import {
  DEFAULT_PAPER,
  DEFAULT_TEMPLATE,
  isPaperSize,
  isTemplateId,
  type PaperSize,
  type TemplateId,
} from '@jobforge/export/templates';

export interface ExportPreferences {
  template: TemplateId;
  paper: PaperSize;
}

const DEFAULTS: ExportPreferences = { template: DEFAULT_TEMPLATE, paper: DEFAULT_PAPER };

export function useExportPreferences() {
  const [stored, setStored] = useLocalStorage<ExportPreferences>({
    key: 'jobforge-export',
    defaultValue: DEFAULTS,
  });
  // Whatever another version of the app left in storage is checked before use.
  const preferences: ExportPreferences = {
    template: isTemplateId(stored?.template) ? stored.template : DEFAULT_TEMPLATE,
    paper: isPaperSize(stored?.paper) ? stored.paper : DEFAULT_PAPER,
  };
  return [preferences, setStored] as const;
}

function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function downloadHref(base: string, format: string, preferences: ExportPreferences, inline = false): string {
  const query = new URLSearchParams({ template: preferences.template, paper: preferences.paper, date: localDay() });
  if (inline) query.set('inline', '1');
  return `${base}.${format}?${query.toString()}`;
}
