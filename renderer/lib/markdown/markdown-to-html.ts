// Markdown → HTML with markdown-it, configured so raw HTML is escaped and only safe links and images survive.
import MarkdownIt, { type RendererRule } from 'markdown-it';
import { citationsPlugin, type CitationEnv } from './citations-plugin.ts';
import { isRelative, isSafeImage, isSafeLink } from './safe-urls.ts';

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.use(citationsPlugin);

/**
 * Table column alignment as a class: markdown-it writes `style="text-align:…"`, which the app's Content Security
 * Policy refuses (and the sanitiser drops), losing the alignment.
 */
const alignAsClass: RendererRule = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const align = /^text-align:(left|right|center)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
  if (align) token.attrJoin('class', `align-${align}`);
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.th_open = alignAsClass;
md.renderer.rules.td_open = alignAsClass;

// markdown-it checks link and image URLs here; what fails is rendered as the literal Markdown text.
md.validateLink = (url) => isSafeLink(url) || isSafeImage(url) || isRelative(url);

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  if (isSafeLink(href)) {
    token.attrSet('rel', 'noopener noreferrer');
  } else {
    // A relative link (another ADR file) means nothing in the preview: keep its text, drop the target.
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
  }
  return self.renderToken(tokens, idx, options);
};

const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (isSafeImage(String(token.attrGet('src') ?? ''))) return defaultImage(tokens, idx, options, env, self);
  // Remote images would leak that the record was opened; show the alt text instead.
  return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
};

export type { CitationEnv };

/** `env.citation` turns `[@KEY]` into a link to the catalogue entry; without it citations stay as written. */
export function markdownToHtml(source: string, env: CitationEnv = {}): string {
  return md.render(source, { ...env });
}
