/**
 * Blocks to a Word document with the `docx` package: real Heading 1–4 styles (Word's navigation pane
 * and applicant tracking systems read them), real numbered and bulleted lists, live hyperlinks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, ListItem, Run } from '../markdown/blocks.js';
import type { DocumentKind } from '../document-kind.js';
import { PAPER_DIMENSIONS, TEMPLATES, type ExportTemplate, type PaperSize, type TemplateId } from '../templates.js';
import { docxStyles, halfPoints, twips } from './docx-styles.js';

export interface DocxOptions {
  kind: DocumentKind;
  template: TemplateId;
  paper: PaperSize;
  title: string;
  author?: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const BULLETS = 'bullets';
const NUMBERS = 'numbers';

export async function renderDocx(blocks: Block[], options: DocxOptions): Promise<Uint8Array> {
  const template = TEMPLATES[options.template];
  const context: Context = { template, kind: options.kind, orderedLists: 0 };
  const children = renderBlocks(blocks, context);
  const { width, height } = PAPER_DIMENSIONS[options.paper];
  const document = new Document({
    title: options.title,
    subject: options.title,
    creator: options.author ?? 'Job Forge',
    lastModifiedBy: 'Job Forge',
    description: 'Exported from Job Forge',
    styles: docxStyles(template, options.kind),
    numbering: { config: [listNumbering(BULLETS, false), listNumbering(NUMBERS, true)] },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(width), height: twips(height) },
            margin: {
              top: twips(template.margin),
              bottom: twips(template.margin),
              left: twips(template.margin),
              right: twips(template.margin),
            },
          },
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface Context {
  template: ExportTemplate;
  kind: DocumentKind;
  /** Each ordered list is its own numbering instance, so every list starts again at its first number. */
  orderedLists: number;
}

function renderBlocks(blocks: Block[], context: Context): Array<Paragraph | Table> {
  const nameIndex = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  return blocks.flatMap((block, index) =>
    block.kind === 'paragraph' && block.subtitle
      ? [new Paragraph({ style: 'Subtitle', children: runsOf(block.runs, context) })]
      : renderBlock(block, context, index === nameIndex),
  );
}

function renderBlock(block: Block, context: Context, isName = false): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level - 1],
          alignment: isName && context.template.nameAlign === 'center' ? AlignmentType.CENTER : undefined,
          children: runsOf(block.runs, context),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runsOf(block.runs, context) })];
    case 'list':
      return renderList(block, context, 0);
    case 'quote':
      return block.blocks.flatMap((inner) =>
        inner.kind === 'paragraph'
          ? [new Paragraph({ style: 'Quote', children: runsOf(inner.runs, context) })]
          : renderBlock(inner, context),
      );
    case 'code':
      return block.text
        .split('\n')
        .map((line) => new Paragraph({ style: 'CodeBlock', children: [new TextRun({ text: line })] }));
    case 'table':
      return [renderTable(block.rows, context)];
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } },
          children: [],
        }),
      ];
  }
}

function renderList(block: Extract<Block, { kind: 'list' }>, context: Context, level: number): Paragraph[] {
  const instance = block.ordered ? ++context.orderedLists : 0;
  return block.items.flatMap((item, index) =>
    renderItem(item, block.ordered, instance, context, level, index === block.items.length - 1),
  );
}

function renderItem(
  item: ListItem,
  ordered: boolean,
  instance: number,
  context: Context,
  level: number,
  last: boolean,
) {
  const paragraphs: Paragraph[] = [
    new Paragraph({
      numbering: { reference: ordered ? NUMBERS : BULLETS, level: Math.min(level, 3), instance },
      // Items sit close together; the list as a whole keeps the paragraph spacing after it.
      spacing: { after: last && level === 0 ? twips(context.template.blockGap) : twips(1.5) },
      children: runsOf(item.runs, context),
    }),
  ];
  for (const child of item.children) {
    if (child.kind === 'list') paragraphs.push(...renderList(child, context, level + 1));
    else paragraphs.push(...renderBlock(child, context).filter((p): p is Paragraph => p instanceof Paragraph));
  }
  return paragraphs;
}

function renderTable(rows: Run[][][], context: Context): Table {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from(
            { length: columns },
            (_, c) =>
              new TableCell({
                children: [
                  new Paragraph({
                    children: runsOf(
                      (row[c] ?? []).map((run) => (r === 0 ? { ...run, bold: true } : run)),
                      context,
                    ),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function runsOf(runs: Run[], context: Context): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let breakBefore = false;
  for (const run of runs) {
    const textRun = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      strike: run.strike,
      font: run.code ? 'Consolas' : undefined,
      style: run.href ? 'Hyperlink' : undefined,
      break: breakBefore ? 1 : undefined,
      size: run.code ? halfPoints(context.template.bodySize - 0.5) : undefined,
    });
    children.push(run.href ? new ExternalHyperlink({ link: run.href, children: [textRun] }) : textRun);
    breakBefore = Boolean(run.breakAfter);
  }
  return children;
}

function listNumbering(reference: string, ordered: boolean) {
  const bulletGlyphs = ['•', '–', '▪', '–'];
  return {
    reference,
    levels: [0, 1, 2, 3].map((level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : bulletGlyphs[level]!,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
    })),
  };
}
