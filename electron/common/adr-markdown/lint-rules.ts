// Lint rules for one ADR file: unknown catalogue keys, broken supersede links, missing required sections.
import { citationPattern } from '../decision.ts';
import type { AdrFormat, ParsedAdr } from './types.ts';
import { splitFrontMatter } from './front-matter.ts';
import { sectionKey, splitSections } from './sections.ts';
import { linkKind } from './links.ts';
import { padNumber } from './file-name.ts';

export interface Finding {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface LintContext {
  knownKeys: ReadonlySet<string>;
  /** Base names of the files in the folder, and the record numbers they hold. */
  files: ReadonlySet<string>;
  numbers: ReadonlySet<number>;
}

/** The sections each dialect's own template marks as required. */
export const requiredSections: Record<AdrFormat, string[]> = {
  madr: ['Context and Problem Statement', 'Considered Options', 'Decision Outcome'],
  'adr-tools': ['Status', 'Context', 'Decision', 'Consequences'],
  log4brains: ['Context and Problem Statement', 'Considered Options', 'Decision Outcome'],
};

export function unknownKeyFindings(file: string, source: string, knownKeys: ReadonlySet<string>): Finding[] {
  return source
    .split(/\r?\n/)
    .flatMap((text, i) =>
      [...text.matchAll(citationPattern)]
        .filter((m) => !knownKeys.has(m[1]!.toUpperCase()))
        .map((m) => ({ file, line: i + 1, message: `unknown catalogue key ${m[0]}` })),
    );
}

export function missingSectionFindings(file: string, source: string, format: AdrFormat): Finding[] {
  const { body, bodyLine } = splitFrontMatter(source);
  const { sections } = splitSections(body, 2);
  const title = sections.find((s) => s.depth === 1);
  const present = new Set(sections.filter((s) => s.depth === 2).map((s) => s.key));
  const at = title ? bodyLine + title.line - 1 : 1;
  const findings = requiredSections[format]
    .filter((name) => !present.has(sectionKey(name)))
    .map((name) => ({ file, line: at, message: `missing required section "## ${name}" (${format})` }));
  if (!title) findings.unshift({ file, line: 1, message: 'missing the "# Title" heading' });
  if (format === 'adr-tools' && title && !/^Date:/m.test(title.body))
    findings.push({ file, line: at, message: 'missing the "Date:" line' });
  return findings;
}

function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  return index < 0 ? 1 : source.slice(0, index).split('\n').length;
}

/** A supersede link must name a record in the folder: by file when it has a target file, else by number. */
export function brokenLinkFindings(file: string, source: string, parsed: ParsedAdr, ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  const linked = new Set<number>();
  for (const link of parsed.links) {
    if (linkKind(link.relation) === 'other') continue;
    if (link.number !== null) linked.add(link.number);
    const target = link.href.split(/[\\/]/).pop() ?? '';
    if (!ctx.files.has(target))
      findings.push({
        file,
        line: lineOf(source, `(${link.href})`),
        message: `${link.relation} link to missing file ${link.href}`,
      });
  }
  const { supersedes, supersededBy } = parsed.record;
  for (const n of [...supersedes, ...(supersededBy === null ? [] : [supersededBy])]) {
    if (linked.has(n) || ctx.numbers.has(n)) continue;
    const key = supersedes.includes(n) ? 'supersedes' : 'superseded';
    findings.push({
      file,
      line: lineOf(source, key),
      message: `supersede link to record ${padNumber(n)}, which is not in the folder`,
    });
  }
  return findings;
}

export function lintAdr(file: string, source: string, parsed: ParsedAdr, ctx: LintContext): Finding[] {
  return [
    ...parsed.warnings.map((message) => ({ file, line: 1, message })),
    ...missingSectionFindings(file, source, parsed.format),
    ...brokenLinkFindings(file, source, parsed, ctx),
    ...unknownKeyFindings(file, source, ctx.knownKeys),
  ];
}
