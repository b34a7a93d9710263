// Exports records into another folder in one dialect: a record already in it is copied byte for byte, others rendered.
//
// The target folder is the decisions folder itself (MADR's docs/decisions, adr-tools' doc/adr, log4brains' docs/adr):
// - one file per record, named as in exportNames, with links between records rewritten to renamed files;
// - index.md (log4brains and adr-log treat it as reserved, adr-tools lists only NNNN-*.md), or one decisions.md;
// - adr-tools: `.adr-dir` containing ".", so `adr list` run in the folder finds the records;
// - log4brains: `.log4brains.yml` with adrFolder ".", so `log4brains adr list` run in the folder reads them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '../../../catalog/index.ts';
import { citationResolver } from '../../../catalog/citations.ts';
import { renderAdr } from '../../common/adr-markdown/render-adr.ts';
import { anchorOf, renderCombined, renderIndex } from '../../common/adr-markdown/render-index.ts';
import type { AdrFormat, CitationResolver, RenderContext } from '../../common/adr-markdown/types.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import { carryLinkLines } from './export-links.ts';
import { exportNames } from './export-names.ts';
import { rewriteLinks, type Rename } from './rewrite-links.ts';
import { writeFilesInside } from './safe-write.ts';

export interface ExportOptions {
  dir: string;
  format: AdrFormat;
  /** One `decisions.md` holding every record instead of a file per record. */
  combined?: boolean;
  /** What a generated references section says about a cited key; the app's catalogue by default. */
  resolveCitation?: CitationResolver;
}

export interface ExportResult {
  /** Absolute paths of the files written. */
  written: string[];
  /** Records written under another file name than their own (links to them follow). */
  renamed: { from: string; to: string }[];
}

const toolConfig: Record<AdrFormat, [string, string] | null> = {
  madr: null,
  'adr-tools': ['.adr-dir', '.\n'],
  log4brains: ['.log4brains.yml', 'project:\n  name: Architecture decisions\n  tz: UTC\n  adrFolder: .\n'],
};

const catalogCitations = citationResolver(catalog);

/** A workspace's records are written by its store, never by an export over them. */
function refuseWorkspace(dir: string): void {
  if (existsSync(path.join(dir, '.tradeoff-atlas')))
    throw new AppError('bad-request', `${dir} is a Tradeoff Atlas workspace; export into another folder.`);
}

function combined(records: readonly Decision[], resolveCitation: CitationResolver): [string, string][] {
  const byNumber = new Map(records.flatMap((d) => (d.number === null ? [] : [[d.number, d] as const])));
  const ctx: RenderContext = { resolveCitation, titleOf: (n) => byNumber.get(n)?.title ?? null, fileOf: () => null };
  // In one document a link to a sibling file becomes a link to that record's anchor.
  const anchors = new Map<string, Rename>(records.map((d) => [d.id, { to: `#${anchorOf(d)}` }]));
  return [['decisions.md', rewriteLinks(renderCombined(records, ctx), anchors)]];
}

function perRecord(records: readonly Decision[], format: AdrFormat, resolveCitation: CitationResolver) {
  const names = exportNames(records, format);
  const byNumber = new Map<number, { title: string; name: string }>();
  for (const d of [...records].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const { name, number } = names.get(d.id)!;
    if (number !== null && !byNumber.has(number)) byNumber.set(number, { title: d.title, name });
  }
  const ctx: RenderContext = {
    resolveCitation,
    titleOf: (n) => byNumber.get(n)?.title ?? null,
    fileOf: (n) => byNumber.get(n)?.name ?? null,
  };
  const renamed = records
    .filter((d) => names.get(d.id)!.name !== d.id)
    .map((d) => ({ from: d.id, to: names.get(d.id)!.name }));
  const renames = new Map<string, Rename>(renamed.map((r) => [r.from, { to: r.to }]));
  const exported = records.map((d) => ({ ...d, id: names.get(d.id)!.name, number: names.get(d.id)!.number }));
  // Generated supersede links already name the new files; rewriting touches only links to a renamed record's old name.
  const known = new Map(records.map((d) => [d.id, { ...names.get(d.id)!, title: d.title }]));
  const files: [string, string][] = exported.map((d, i) => {
    const own = records[i]!;
    const text = own.dialect === format ? own.markdown : carryLinkLines(renderAdr(d, format, ctx), own, known);
    return [d.id, rewriteLinks(text, renames)];
  });
  // The index shows each status as written, links included: those follow renamed records too.
  files.push(['index.md', rewriteLinks(renderIndex(exported), renames)]);
  const config = toolConfig[format];
  if (config) files.push(config);
  return { files, renamed };
}

/**
 * Writes every record into `dir` in `format` (or all of them into one `decisions.md`), through temp files and
 * renames that never write through a link planted in the folder. Names are checked before anything is written.
 */
export async function exportFolder(records: readonly Decision[], opts: ExportOptions): Promise<ExportResult> {
  refuseWorkspace(opts.dir);
  const resolveCitation = opts.resolveCitation ?? catalogCitations;
  if (opts.combined)
    return { written: await writeFilesInside(opts.dir, combined(records, resolveCitation)), renamed: [] };
  const { files, renamed } = perRecord(records, opts.format, resolveCitation);
  return { written: await writeFilesInside(opts.dir, files), renamed };
}
