// The decision record model: one ADR file as the editor sees it — what is written, nothing invented.
import { z } from 'zod';
import type { Lifecycle } from './adr-file/lifecycle.ts';
import type { Dialect } from './adr-file/record-layout.ts';

export type { Lifecycle };

/** The lifecycle words statuses map to, in the order filters show them; "other" holds every other word. */
export const lifecycles = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'other'] as const;

/** The status words the editor offers; any other word may be typed and is kept as written. */
export const knownStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, 'that day is not in the calendar');

/** Limits on what an editor may send; records read from files are never cut to them. */
export const limits = { title: 1_000, status: 200, text: 1_000_000, listItem: 100_000, listLength: 1_000 } as const;

const line = z.string().max(limits.listItem);
const text = z.string().max(limits.text);
const list = z.array(line).max(limits.listLength);

export const optionSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(limits.listItem),
  description: text,
  pros: list,
  neutral: list,
  cons: list,
});
export type DecisionOption = z.infer<typeof optionSchema>;

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

export const decisionTitle = z.string().trim().min(1, 'a decision needs a title').max(limits.title);

/** Fields a patch may not carry, with where they are changed instead. */
const appOwned: Readonly<Record<string, string>> = {
  id: 'it is the file name',
  number: 'it comes from the file name',
  version: 'it is read from the file',
  supersedes: 'use supersede',
  supersededBy: 'use supersede',
};

/**
 * What an editor may change; each field rewrites only its own text in the file. Strict: a misspelt field is an
 * error, not a change that silently never happens, and a field the app owns says where it is changed instead.
 */
export const decisionPatchSchema = z
  .strictObject(
    {
      title: decisionTitle,
      status: z.string().trim().max(limits.status).nullable(),
      date: z.union([isoDate, z.null()]),
      reviewBy: z.union([isoDate, z.null()]),
      decisionMakers: list,
      consulted: list,
      informed: list,
      tags: z.array(z.string().min(1).max(200)).max(200),
      context: text,
      drivers: list,
      options: z.array(optionSchema).max(200),
      chosenOption: z.string().nullable(),
      justification: text,
      consequences: text,
      confirmation: text,
      moreInformation: text,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys
              .map((key) =>
                Object.hasOwn(appOwned, key)
                  ? `${key} cannot be changed here (${appOwned[key]})`
                  : `${key} is not a field of a decision`,
              )
              .join('; ')
          : undefined,
    },
  )
  .partial();
export type DecisionPatch = z.infer<typeof decisionPatchSchema>;

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
