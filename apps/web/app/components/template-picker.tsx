import { Button, Group, Modal, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import {
  PAPER_DIMENSIONS,
  PAPER_SIZES,
  TEMPLATE_IDS,
  TEMPLATES,
  type ExportTemplate,
  type PaperSize,
} from '@jobforge/export/templates';
import { downloadHref, useExportPreferences } from '~/lib/export-preferences';
import { ChoiceControl } from './choice-control';
import { MarkdownView } from './markdown-view';
import classes from './template-picker.module.css';

/** A page is drawn at 96 px per inch (4/3 px per point), then scaled to the card. */
const PX_PER_POINT = 4 / 3;
const PREVIEW_WIDTH = 300;

const SAMPLE = `# Jane Doe
jane.doe@example.com · Berlin · github.com/janedoe

## Experience

### Senior Software Engineer — Acme Payments GmbH (Mar 2021 – Present)

- Led the migration of 40 services to Node.js microservices on AWS, cutting deploy time by 70%.
- Designed a PostgreSQL partitioning scheme that kept p99 latency under 50 ms.

## Education

B.Sc. Computer Science, Technical University of Munich (2013 – 2017)
`;

const FONT_STACKS = {
  sans: '"Noto Sans", "Segoe UI", Calibri, Arial, sans-serif',
  serif: '"Noto Serif", Cambria, Georgia, serif',
};

export function TemplatePicker({
  opened,
  onClose,
  markdown,
  base,
}: {
  opened: boolean;
  onClose: () => void;
  markdown?: string;
  base: string;
}) {
  const [preferences, setPreferences] = useExportPreferences();
  return (
    <Modal opened={opened} onClose={onClose} title="Template and paper" size="auto" centered>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed" maw={420}>
            Used for PDF and Word downloads in this browser. Every template is one column with standard headings, which
            applicant tracking systems read best.
          </Text>
          <ChoiceControl
            aria-label="Paper"
            value={preferences.paper}
            onChange={(paper) => setPreferences({ ...preferences, paper })}
            choices={PAPER_SIZES.map((paper) => ({ value: paper, label: PAPER_DIMENSIONS[paper].label }))}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {TEMPLATE_IDS.map((id) => (
            <UnstyledButton
              key={id}
              className={classes.choice}
              data-selected={preferences.template === id || undefined}
              aria-pressed={preferences.template === id}
              onClick={() => setPreferences({ ...preferences, template: id })}
            >
              <TemplatePreview template={TEMPLATES[id]} paper={preferences.paper} markdown={markdown ?? SAMPLE} />
              <Text fw={600} size="sm" mt="xs">
                {TEMPLATES[id].label}
              </Text>
              <Text size="xs" c="dimmed">
                {TEMPLATES[id].description}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button
            component="a"
            href={downloadHref(base, 'pdf', preferences, true)}
            target="_blank"
            rel="noopener"
            variant="default"
            leftSection={<IconExternalLink size={16} />}
          >
            Open the PDF
          </Button>
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The top of the first page, drawn with the template's type, sizes, colours and margins. */
export function TemplatePreview({
  template,
  paper,
  markdown,
}: {
  template: ExportTemplate;
  paper: PaperSize;
  markdown: string;
}) {
  const { width, height } = PAPER_DIMENSIONS[paper];
  const scale = PREVIEW_WIDTH / (width * PX_PER_POINT);
  const px = (points: number) => `${points * PX_PER_POINT}px`;
  const style = {
    '--page-width': px(width),
    '--page-height': px(height),
    '--page-scale': scale,
    '--page-margin': px(template.margin),
    '--body-font': FONT_STACKS[template.bodyFont],
    '--heading-font': FONT_STACKS[template.headingFont],
    '--body-size': px(template.bodySize),
    '--name-size': px(template.nameSize),
    '--section-size': px(template.sectionSize),
    '--entry-size': px(template.entrySize),
    '--line-height': template.lineHeight,
    '--accent': template.accent,
    '--text': template.text,
    '--muted': template.muted,
    '--name-align': template.nameAlign,
    '--section-transform': template.sectionUppercase ? 'uppercase' : 'none',
    '--section-rule': template.sectionRule ? `1px solid ${template.accent}` : 'none',
    '--section-gap': px(template.sectionGap),
    '--block-gap': px(template.blockGap),
    width: PREVIEW_WIDTH,
    height: height * PX_PER_POINT * scale,
  } as CSSProperties;
  return (
    <div className={classes.frame} style={style} aria-hidden>
      <div className={classes.page}>
        <MarkdownView content={markdown} />
      </div>
    </div>
  );
}
