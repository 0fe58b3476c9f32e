import { Typography } from '@mantine/core';
import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import classes from './markdown-view.module.css';

/**
 * Renders a user's or the AI's Markdown. Raw HTML is never interpreted: react-markdown without
 * rehype-raw shows it as text, so a `<script>` in a document is only ever characters on the
 * screen. Unsafe link schemes (javascript:, data:) are dropped by react-markdown's URL filter.
 */
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ node: _node, alt }) => <span className={classes.image}>[image: {alt || 'no description'}]</span>,
};

const plugins = [remarkGfm];

export const MarkdownView = memo(function MarkdownView({ content, label }: { content: string; label?: string }) {
  return (
    <Typography className={classes.markdown} aria-label={label}>
      <Markdown remarkPlugins={plugins} components={components}>
        {content}
      </Markdown>
    </Typography>
  );
});
