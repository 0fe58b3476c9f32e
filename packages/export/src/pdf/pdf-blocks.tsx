// @jsxRuntime automatic
// @jsxImportSource react
/**
 * The block model drawn with react-pdf primitives. Everything is one column and in source order, so
 * the text a PDF reader (or an applicant tracking system) extracts follows the Markdown line by line.
 */
import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { plainText, type Block, type ListItem, type Run } from '../markdown/blocks.js';
import type { PdfStyles } from './styles.js';

/** Keeps a heading off the bottom of a page when nothing of its section would follow it there. */
const KEEP_WITH_NEXT = 36;
/** Characters in a list item that fit in a few lines. */
const SHORT_ITEM = 600;

export function PdfRuns({ runs, styles }: { runs: Run[]; styles: PdfStyles }) {
  return (
    <>
      {runs.map((run, index) => {
        const style = {
          ...(run.bold ? { fontWeight: 'bold' as const } : {}),
          ...(run.italic ? { fontStyle: 'italic' as const } : {}),
          ...(run.strike ? { textDecoration: 'line-through' as const } : {}),
          ...(run.code ? { backgroundColor: '#f0f0f0' } : {}),
        };
        const text = run.text + (run.breakAfter ? '\n' : '');
        return run.href ? (
          <Link key={index} src={run.href} style={{ ...styles.link, ...style }}>
            {text}
          </Link>
        ) : (
          <Text key={index} style={style}>
            {text}
          </Text>
        );
      })}
    </>
  );
}

export function PdfBlocks({ blocks, styles }: { blocks: Block[]; styles: PdfStyles }) {
  const nameIndex = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  return (
    <>
      {blocks.map((block, index) => (
        <PdfBlock
          key={index}
          block={block}
          styles={styles}
          role={index === nameIndex ? 'name' : block.kind === 'paragraph' && block.subtitle ? 'subtitle' : 'body'}
        />
      ))}
    </>
  );
}

type Role = 'name' | 'subtitle' | 'body';

function PdfBlock({ block, styles, role }: { block: Block; styles: PdfStyles; role: Role }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const style =
        role === 'name'
          ? styles.name
          : block.level <= 2
          ? styles.section
          : block.level === 3
          ? styles.entry
          : styles.minor;
      return (
        <Text style={style} minPresenceAhead={KEEP_WITH_NEXT}>
          <PdfRuns runs={block.runs} styles={styles} />
        </Text>
      );
    }
    case 'paragraph':
      return (
        <Text style={role === 'subtitle' ? styles.subtitle : styles.paragraph}>
          <PdfRuns runs={block.runs} styles={styles} />
        </Text>
      );
    case 'list':
      return <PdfList block={block} styles={styles} depth={0} />;
    case 'quote':
      return (
        <View style={styles.quote}>
          <PdfBlocks blocks={block.blocks} styles={styles} />
        </View>
      );
    case 'code':
      return (
        <View style={styles.code}>
          <Text style={styles.text}>{block.text}</Text>
        </View>
      );
    case 'table':
      return (
        <View style={styles.list}>
          {block.rows.map((row, r) => (
            <View key={r} style={styles.tableRow} wrap={false}>
              {row.map((cell, c) => (
                <Text key={c} style={r === 0 ? { ...styles.tableCell, fontWeight: 'bold' } : styles.tableCell}>
                  <PdfRuns runs={cell} styles={styles} />
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    case 'rule':
      return <View style={styles.rule} />;
  }
}

function PdfList({
  block,
  styles,
  depth,
}: {
  block: Extract<Block, { kind: 'list' }>;
  styles: PdfStyles;
  depth: number;
}) {
  return (
    <View style={depth === 0 ? styles.list : { marginTop: 1.5 }}>
      {block.items.map((item, index) => (
        <PdfListItem
          key={index}
          item={item}
          marker={block.ordered ? `${block.start + index}.` : depth === 0 ? '•' : '–'}
          styles={styles}
          depth={depth}
        />
      ))}
    </View>
  );
}

function PdfListItem({
  item,
  marker,
  styles,
  depth,
}: {
  item: ListItem;
  marker: string;
  styles: PdfStyles;
  depth: number;
}) {
  return (
    // A short item moves to the next page whole rather than leave its bullet behind.
    <View style={styles.item} wrap={item.children.length > 0 || plainText(item.runs).length > SHORT_ITEM}>
      <Text style={styles.marker}>{marker}</Text>
      <View style={styles.itemBody}>
        {item.runs.length ? (
          <Text style={styles.text}>
            <PdfRuns runs={item.runs} styles={styles} />
          </Text>
        ) : null}
        {item.children.map((child, index) =>
          child.kind === 'list' ? (
            <PdfList key={index} block={child} styles={styles} depth={depth + 1} />
          ) : (
            <PdfBlock key={index} block={child} styles={styles} role="body" />
          ),
        )}
      </View>
    </View>
  );
}
