// Where each field of one record is written (or would go): the spans that reading reports and editing replaces.
import type { Dialect } from './dialects.ts';
import { readFrontMatter, type FrontMatter, type FrontMatterEntry } from './front-matter.ts';
import { readIntroMetadata, type IntroMetadata, type MetaEntry, type MetaKey } from './intro-metadata.ts';
import { readOutline, type Heading, type Outline, type Section } from './outline.ts';
import { readOptions, type OptionsLayout } from './options-read.ts';
import { readOutcome, type Outcome } from './outcome.ts';
import { consequenceGroup, findRoles, type Role } from './section-roles.ts';
import { readStatusSection, type StatusSection } from './status-section.ts';
import { eolOf, type Eol, type Span } from './source-text.ts';

export type { Dialect };

/** Where a metadata field lives in this file. */
export type MetaPlace =
  | { where: 'front-matter'; entry: FrontMatterEntry }
  | { where: 'bullet' | 'inline'; entry: MetaEntry }
  | { where: 'section'; section: Section };

export interface TitleLayout {
  heading: Heading | null;
  /** The number written before the title (`# 12. Title`), kept apart from the title. */
  number: number | null;
  /** The title text's span, after any number. */
  span: Span | null;
  text: string;
}

/** Where the metadata is (title, status, date, links, tags): what a list of records needs, without the body's fields. */
export interface MetaLayout {
  text: string;
  eol: Eol;
  dialect: Dialect;
  frontMatter: FrontMatter | null;
  outline: Outline;
  title: TitleLayout;
  /** Between the title and the first section: where metadata bullets and `Date:` lines live. */
  intro: Span;
  meta: IntroMetadata;
  places: Record<MetaKey, MetaPlace | null>;
  statusSection: StatusSection | null;
  roles: Map<Role, Section>;
}

export interface Layout extends MetaLayout {
  consequenceGroup: Section[];
  options: OptionsLayout;
  outcome: Outcome;
}

const frontMatterKeys: Record<MetaKey, string[]> = {
  status: ['status'],
  date: ['date'],
  reviewBy: ['review-by'],
  analysis: ['analysis'],
  decisionMakers: ['decision-makers', 'deciders'],
  consulted: ['consulted'],
  informed: ['informed'],
  tags: ['tags'],
};

function readTitle(text: string, outline: Outline): TitleLayout {
  const heading = outline.sections.find((s) => s.heading.depth === 1)?.heading ?? null;
  if (!heading) return { heading, number: null, span: null, text: '' };
  const numbered = /^(\d+)\.[ \t]+/.exec(heading.text);
  const span = heading.textSpan && {
    start: heading.textSpan.start + (numbered?.[0].length ?? 0),
    end: heading.textSpan.end,
  };
  return {
    heading,
    number: numbered ? Number(numbered[1]) : null,
    span,
    text: span ? text.slice(span.start, span.end) : heading.text.slice(numbered?.[0].length ?? 0),
  };
}

/** A field's place: front matter first, then bullets, then `Key: value` lines, then (adr-tools) its own section. */
function placeOf(
  key: MetaKey,
  fm: FrontMatter | null,
  meta: IntroMetadata,
  roles: Map<Role, Section>,
): MetaPlace | null {
  const candidates: MetaPlace[] = [];
  for (const k of frontMatterKeys[key]) {
    const entry = fm?.entries.get(k);
    if (entry) candidates.push({ where: 'front-matter', entry });
  }
  const bullet = meta.bullets?.entries.find((e) => e.key === key);
  if (bullet) candidates.push({ where: 'bullet', entry: bullet });
  const line = meta.lines.find((e) => e.key === key);
  if (line) candidates.push({ where: 'inline', entry: line });
  const section = key === 'date' || key === 'reviewBy' || key === 'analysis' ? undefined : roles.get(key);
  if (section) candidates.push({ where: 'section', section });
  const written = candidates.find(
    (c) =>
      c.where === 'section' ||
      (c.where === 'front-matter'
        ? c.entry.value.kind !== 'scalar' || c.entry.value.text !== null
        : c.entry.text !== ''),
  );
  return written ?? candidates[0] ?? null;
}

function dialectOf(places: Layout['places'], fm: FrontMatter | null, meta: IntroMetadata, title: TitleLayout): Dialect {
  const where = places.status?.where ?? places.date?.where;
  if (where === 'front-matter') return 'madr';
  if (where === 'bullet') return 'log4brains';
  if (where === 'section' || where === 'inline' || title.number !== null) return 'adr-tools';
  if (fm) return 'madr';
  return meta.bullets ? 'log4brains' : 'madr';
}

export function readMetaLayout(text: string): MetaLayout {
  const frontMatter = readFrontMatter(text);
  const outline = readOutline(text, frontMatter?.bodyStart ?? (text.startsWith('\uFEFF') ? 1 : 0));
  const title = readTitle(text, outline);
  const after = title.heading ? title.heading.end : outline.from;
  const next = outline.sections.find((s) => s.heading.start >= after);
  const intro = { start: after, end: next ? next.heading.start : text.length };
  const meta = readIntroMetadata(text, outline, intro);
  const roles = findRoles(outline, after);
  const keys: MetaKey[] = ['status', 'date', 'reviewBy', 'analysis', 'decisionMakers', 'consulted', 'informed', 'tags'];
  const places = Object.fromEntries(keys.map((k) => [k, placeOf(k, frontMatter, meta, roles)])) as Layout['places'];
  const statusPlace = places.status;
  const statusSection = statusPlace?.where === 'section' ? readStatusSection(text, outline, statusPlace.section) : null;
  return {
    text,
    eol: eolOf(text),
    dialect: dialectOf(places, frontMatter, meta, title),
    frontMatter,
    outline,
    title,
    intro,
    meta,
    places,
    statusSection,
    roles,
  };
}

export function readLayout(text: string): Layout {
  const meta = readMetaLayout(text);
  const { outline, roles } = meta;
  return {
    ...meta,
    consequenceGroup: consequenceGroup(outline, roles.get('outcome')),
    options: readOptions(text, outline, roles.get('considered') ?? null, roles.get('prosCons') ?? null),
    outcome: readOutcome(text, outline, roles.get('outcome') ?? null),
  };
}
