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
          <Menu.Item
            component="a"
            href={downloadHref(base, 'pdf', preferences)}
            download
            leftSection={<IconFileTypePdf size={16} />}
          >
            PDF
          </Menu.Item>
          <Menu.Item
            component="a"
            href={downloadHref(base, 'docx', preferences)}
            download
            leftSection={<IconFileTypeDocx size={16} />}
          >
            Word (.docx)
          </Menu.Item>
          <Menu.Item
            component="a"
            href={downloadHref(base, 'md', preferences)}
            download
            leftSection={<IconMarkdown size={16} />}
          >
            Markdown (.md)
          </Menu.Item>
          {jsonResume ? (
            <Menu.Item
              component="a"
              href={downloadHref(base, 'json', preferences)}
              download
              leftSection={<IconJson size={16} />}
            >
              JSON Resume (.json)
            </Menu.Item>
          ) : null}
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
