// A decision as its MADR 4 file, with citations resolved from the catalogue, split for the preview tab.
import { catalog } from '../../../catalog/index.ts';
import { splitFrontMatter } from '../../../electron/common/adr-markdown/front-matter.ts';
import { renderMadr } from '../../../electron/common/adr-markdown/render-madr.ts';
import type { CitationEntry, RenderContext } from '../../../electron/common/adr-markdown/types.ts';
import type { Decision } from '../../../electron/common/decision.ts';

export function resolveCitation(key: string): CitationEntry | null {
  const entry = catalog.entry(key);
  if (!entry) return null;
  return {
    title: entry.title,
    papers: catalog.papersOf(entry.id).map((r) => ({ id: r.id, title: r.title, year: r.year ?? 'n.d.' })),
  };
}

export interface MadrPreview {
  /** The whole file, as export writes it. */
  source: string;
  /** The YAML front matter, shown as such rather than as Markdown. */
  frontMatter: string;
  body: string;
}

export function madrPreview(d: Decision, titleOf: (number: number) => string | null): MadrPreview {
  const ctx: RenderContext = { resolveCitation, titleOf };
  const source = renderMadr(d, ctx);
  const { yaml, body } = splitFrontMatter(source);
  return { source, frontMatter: yaml ?? '', body };
}
