// Inline `[@CM12]` citations as links to the catalogue entry, its title on hover; unknown keys stay as written.
import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;

/** Where a citation leads and what it is called; null for a key the catalogue does not have. */
export type CitationTarget = (key: string) => { href: string; title: string } | null;

export interface CitationEnv {
  citation?: CitationTarget;
}

const citation = /^\[@([A-Za-z]{1,3}\d{1,3})\]/;

function citationRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const m = citation.exec(state.src.slice(state.pos));
  const target = m && (state.env as CitationEnv).citation?.(m[1]!.toUpperCase());
  if (!m || !target) return false;
  if (!silent) {
    const open = state.push('link_open', 'a', 1);
    open.attrs = [
      ['href', target.href],
      ['title', target.title],
      ['class', 'citation'],
    ];
    state.push('text', '', 0).content = m[1]!.toUpperCase();
    state.push('link_close', 'a', -1);
  }
  state.pos += m[0].length;
  return true;
}

export function citationsPlugin(md: Md): void {
  // Before "link", which would otherwise try `[@CM12]` as the text of a reference link.
  md.inline.ruler.before('link', 'citation', citationRule);
}
