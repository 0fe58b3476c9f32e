import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChevronDown,
  IconDownload,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconJson,
  IconMarkdown,
  IconTemplate,
} from '@tabler/icons-react';
import { PAPER_DIMENSIONS, TEMPLATES } from '@jobforge/export/templates';
import { downloadHref, useExportPreferences } from '~/lib/export-preferences';
import { TemplatePicker } from './template-picker';

export interface DownloadMenuProps {
  /** The download path without its extension: /export/resumes/<id> or /export/applications/<id>/<type>. */
  base: string;
  /** The document's Markdown, shown in the template previews (a sample resume when absent). */
  markdown?: string;
  /** Library resumes also download as JSON Resume. */
  jsonResume?: boolean;
  size?: 'xs' | 'sm';
}

const FORMATS = [
  { extension: 'pdf', label: 'PDF', Icon: IconFileTypePdf },
  { extension: 'docx', label: 'Word (.docx)', Icon: IconFileTypeDocx },
  { extension: 'md', label: 'Markdown (.md)', Icon: IconMarkdown },
  // Library resumes only.
  { extension: 'json', label: 'JSON Resume (.json)', Icon: IconJson },
] as const;

/** "Download" with PDF, Word, Markdown (and JSON Resume), and the template and paper used for them. */
export function DownloadMenu({ base, markdown, jsonResume = false, size = 'sm' }: DownloadMenuProps) {
  const [preferences] = useExportPreferences();
  const [pickerOpen, picker] = useDisclosure(false);
  const choice = `${TEMPLATES[preferences.template].label} · ${PAPER_DIMENSIONS[preferences.paper].label}`;
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={250}>
        <Menu.Target>
          <Button
            variant="default"
            size={size}
            leftSection={<IconDownload size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            Download
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{choice}</Menu.Label>
          {FORMATS.filter((format) => jsonResume || format.extension !== 'json').map(({ extension, label, Icon }) => (
            <Menu.Item
              key={extension}
              component="a"
              href={downloadHref(base, extension, preferences)}
              download
              leftSection={<Icon size={16} />}
            >
              {label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconTemplate size={16} />} onClick={picker.open}>
            Template and paper…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <TemplatePicker opened={pickerOpen} onClose={picker.close} markdown={markdown} base={base} />
    </>
  );
}
