// Exports decisions as a folder the ADR tools read: NNNN-slug.md files, index.md, and the tool's own config file.
//
// The target folder is the decisions folder itself (MADR's docs/decisions, adr-tools' doc/adr, log4brains' docs/adr):
// - every format: one NNNN-slug.md per decision and index.md (log4brains and adr-log treat index.md as reserved,
//   adr-tools lists only NNNN-*.md);
// - adr-tools: `.adr-dir` containing ".", so `adr list` / `adr generate toc` run in the folder find the records;
// - log4brains: `.log4brains.yml` with adrFolder ".", so `log4brains adr list` run in the folder reads them.
import type { Decision } from '../../common/decision.ts';
import type { AdrFormat, CitationResolver, RenderContext } from '../../common/adr-markdown/types.ts';
import { renderAdr } from '../../common/adr-markdown/render-adr.ts';
import { renderIndex } from '../../common/adr-markdown/render-index.ts';
import { decisionFileName } from '../../common/adr-markdown/file-name.ts';
import { writeFilesInside } from './safe-write.ts';

export interface ExportOptions {
  format: AdrFormat;
  resolveCitation: CitationResolver;
}

const toolConfig: Record<AdrFormat, [string, string] | null> = {
  madr: null,
  'adr-tools': ['.adr-dir', '.\n'],
  log4brains: ['.log4brains.yml', 'project:\n  name: Architecture decisions\n  tz: UTC\n  adrFolder: .\n'],
};

export async function exportFolder(
  decisions: readonly Decision[],
  dir: string,
  opts: ExportOptions,
): Promise<{ written: string[] }> {
  const titles = new Map(decisions.map((d) => [d.number, d.title]));
  if (titles.size !== decisions.length) throw new Error('two decisions share a number; nothing was written');
  const ctx: RenderContext = { resolveCitation: opts.resolveCitation, titleOf: (n) => titles.get(n) ?? null };
  const files: [string, string][] = decisions.map((d) => [
    decisionFileName(d.number, d.title),
    renderAdr(d, opts.format, ctx),
  ]);
  files.push(['index.md', renderIndex(decisions)]);
  const config = toolConfig[opts.format];
  if (config) files.push(config);
  return { written: await writeFilesInside(dir, files) };
}
