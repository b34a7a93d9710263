// Exporting the shared corpora in every dialect: never more broken links than the source had, own-dialect bytes kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  copyCorpora,
  corporaPresent,
  corpusNames,
  decisionsOfFolder,
  type CorpusCopy,
} from '../../../tests/fixtures/adr-corpora.ts';
import { adrFormats } from '../../common/adr-markdown/types.ts';
import { exportFolder } from './export-folder.ts';
import { markdownLinks, siblingTarget } from './markdown-links.ts';
import { rewriteLinks, type Rename } from './rewrite-links.ts';

/** Links in the folder's Markdown files to sibling `.md` files that are not there. */
function brokenLinks(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => /\.md$/i.test(n));
  const present = new Set(names);
  return names.flatMap((name) =>
    markdownLinks(readFileSync(path.join(dir, name), 'utf8')).flatMap((l) => {
      const target = siblingTarget(l.href);
      return target === null || present.has(target) ? [] : [`${name} -> ${l.href}`];
    }),
  );
}

/**
 * A harder source: every record renamed `adr-NNNN-…` (links between them following), and the record most linked to
 * left out, so the source has broken links and adr-tools must rename every file back.
 */
function mutated(source: string, dir: string): void {
  const names = readdirSync(source).filter((n) => /^\d+-.*\.md$/.test(n));
  const targets = names.flatMap((n) =>
    markdownLinks(readFileSync(path.join(source, n), 'utf8')).flatMap((l) => siblingTarget(l.href) ?? []),
  );
  const counts = new Map<string, number>();
  for (const t of targets.filter((t) => names.includes(t))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const dropped = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const renames = new Map<string, Rename>(names.map((n) => [n, { to: `adr-${n}` }]));
  mkdirSync(dir, { recursive: true });
  for (const n of names.filter((n) => n !== dropped))
    writeFileSync(path.join(dir, `adr-${n}`), rewriteLinks(readFileSync(path.join(source, n), 'utf8'), renames));
}

describe.skipIf(!corporaPresent)('exporting the shared corpora', () => {
  let corpora: CorpusCopy;
  let out = '';
  beforeAll(async () => {
    corpora = copyCorpora();
    out = await mkdtemp(path.join(os.tmpdir(), 'ta-export-corpora-'));
  });
  afterAll(async () => {
    corpora.remove();
    await rm(out, { recursive: true, force: true });
  });

  const cases = corpusNames.flatMap((corpus) => adrFormats.map((format) => [corpus, format] as const));

  it.each(cases)(
    '%s as %s: no more broken links than before, own-dialect records byte for byte',
    async (corpus, format) => {
      const source = corpora.dir(corpus);
      const records = decisionsOfFolder(source);
      const dir = path.join(out, `${corpus}-${format}`);
      const { written, renamed } = await exportFolder(records, { dir, format });
      const before = brokenLinks(source);
      const after = brokenLinks(dir);
      const copied = records.filter((d) => d.dialect === format);
      console.log(
        `export ${corpus} -> ${format}: broken links ${before.length} before, ${after.length} after; ` +
          `${copied.length} copied, ${records.length - copied.length} rendered, ${renamed.length} renamed, ${written.length} files`,
      );
      expect(after.length).toBeLessThanOrEqual(before.length);
      expect(renamed).toEqual([]);
      for (const d of copied) expect(readFileSync(path.join(dir, d.id), 'utf8')).toBe(d.markdown);
    },
  );

  it.each(cases)(
    '%s renamed adr-NNNN-, its most linked record left out, as %s: no more broken links',
    async (corpus, format) => {
      const source = path.join(out, `${corpus}-mutated`);
      mutated(corpora.dir(corpus), source);
      const dir = path.join(out, `${corpus}-mutated-${format}`);
      const { renamed } = await exportFolder(decisionsOfFolder(source), { dir, format });
      const before = brokenLinks(source);
      const after = brokenLinks(dir);
      console.log(
        `export ${corpus} (renamed, one left out) -> ${format}: broken links ${before.length} before, ${after.length} after; ${renamed.length} renamed`,
      );
      expect(before.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThanOrEqual(before.length);
      expect(renamed.length).toBe(format === 'adr-tools' ? readdirSync(source).length : 0);
    },
  );

  it.each(corpusNames)('%s combined: one document, no link to a sibling file left', async (corpus) => {
    const dir = path.join(out, `${corpus}-combined`);
    await exportFolder(decisionsOfFolder(corpora.dir(corpus)), { dir, format: 'madr', combined: true });
    expect(readdirSync(dir)).toEqual(['decisions.md']);
    expect(brokenLinks(dir)).toEqual([]);
  });
});
