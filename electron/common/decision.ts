// The decision record model: one ADR file as the editor sees it — what is written, nothing invented.
import type { Lifecycle } from './adr-file/lifecycle.ts';
import type { Dialect } from './adr-file/record-layout.ts';
import type { DecisionOption } from './decision-schema.ts';

export type { Lifecycle };
// What an editor may send is checked by schemas apart from this model, so a page can show records without loading zod.
export type { DecisionOption, DecisionPatch } from './decision-schema.ts';

/** The lifecycle words statuses map to, in the order filters show them; "other" holds every other word. */
export const lifecycles = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'other'] as const;

/** The status words the editor offers; any other word may be typed and is kept as written. */
export const knownStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/** Limits on what an editor may send; records read from files are never cut to them. */
export const limits = { title: 1_000, status: 200, text: 1_000_000, listItem: 100_000, listLength: 1_000 } as const;

/** A section the editor does not model, kept as written. */
export interface ExtraSection {
  heading: string;
  body: string;
}

/** A record's git state, where the folder is in a git work tree. */
export interface DecisionGit {
  state: 'unchanged' | 'modified' | 'new' | 'untracked' | 'deleted';
  lastCommit: { hash: string; author: string; date: string; subject: string } | null;
}

export interface Decision {
  /** The file name in the workspace folder: stable, since opening never renames a file. */
  id: string;
  /** Hash of the file's text this view was read from; an edit sends it back so a newer disk version is never overwritten. */
  version: string;
  dialect: Dialect;
  /** From the file name (0000 included), else from a numbered title; null when neither has one. */
  number: number | null;
  title: string;
  /** As written; null when the file has none. */
  status: string | null;
  lifecycle: Lifecycle | null;
  /** As written; null when the file has none. */
  date: string | null;
  /** When to look at the decision again (YYYY-MM-DD, as written); null when the file sets none. */
  reviewBy: string | null;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  context: string;
  drivers: string[];
  options: DecisionOption[];
  /** Id of the considered option the outcome names, or null. */
  chosenOption: string | null;
  /** The chosen option as written, kept when it names none of the considered options. */
  chosenText: string | null;
  justification: string;
  consequences: string;
  confirmation: string;
  moreInformation: string;
  /** Numbers of the records this one supersedes, and of the one that supersedes it. */
  supersedes: number[];
  supersededBy: number | null;
  /** Sections the editor has no field for, as written; an export to another dialect carries them along. */
  extraSections: ExtraSection[];
  /** The analysis this record came from: named in the file, else the analysis that links to it. */
  analysisId: string | null;
  /** The file's Markdown as it is on disk, for the preview. */
  markdown: string;
  /** What could not be read as expected; the file keeps it as written. */
  warnings: string[];
  git: DecisionGit | null;
}

/** Catalogue citations are written inline as [@CM12]; this finds every key in a text. */
export const citationPattern = /\[@([A-Za-z]{1,3}\d{1,3})\]/g;

export function citedKeys(textValue: string): string[] {
  return [...textValue.matchAll(citationPattern)].map((m) => m[1]!.toUpperCase());
}

/** Every text field a user can cite from, in reading order. */
export function decisionTexts(d: Decision): string[] {
  return [
    d.context,
    ...d.drivers,
    ...d.options.flatMap((o) => [o.title, o.description, ...o.pros, ...o.neutral, ...o.cons]),
    d.justification,
    d.consequences,
    d.confirmation,
    d.moreInformation,
  ];
}

/** Unique cited catalogue keys of a decision, in first-cited order, from anywhere in its file. */
export function decisionCitations(d: Decision): string[] {
  return [...new Set(citedKeys(d.markdown))];
}

/** A record with nothing but a title: the starting point of tests and of records not yet written. */
export function emptyDecision(id: string, number: number | null, title: string): Decision {
  return {
    id,
    version: '',
    dialect: 'madr',
    number,
    title,
    status: 'proposed',
    lifecycle: 'proposed',
    date: null,
    reviewBy: null,
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    context: '',
    drivers: [],
    options: [],
    chosenOption: null,
    chosenText: null,
    justification: '',
    consequences: '',
    confirmation: '',
    moreInformation: '',
    supersedes: [],
    supersededBy: null,
    extraSections: [],
    analysisId: null,
    markdown: `# ${title}\n`,
    warnings: [],
    git: null,
  };
}
