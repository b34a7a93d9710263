// Markdown → HTML → sanitiser; in node (no DOM) the sanitiser fails closed, so nothing becomes markup.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

describe('renderMarkdown', () => {
  it('never returns live markup when DOMPurify cannot run', () => {
    const html = renderMarkdown('# Title\n\n<script>alert(1)</script>');
    expect(html).not.toContain('<');
    expect(html).toContain('&lt;h1&gt;Title&lt;/h1&gt;');
  });
});
