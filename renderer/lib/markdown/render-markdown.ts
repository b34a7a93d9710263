// Markdown → sanitised HTML for {@html}: markdown-it escapes raw HTML, DOMPurify cleans what it produced.
import { markdownToHtml, type CitationEnv } from './markdown-to-html.ts';
import { sanitizeHtml } from './sanitize-html.ts';

export function renderMarkdown(source: string, env: CitationEnv = {}): string {
  return sanitizeHtml(markdownToHtml(source, env));
}
