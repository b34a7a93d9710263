// The decision record model: a MADR 4 record plus what the app adds (number, tags, supersede links, analysis link).
import { z } from 'zod';

export const decisionStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export const decisionStatus = z.enum(decisionStatuses);
export type DecisionStatus = z.infer<typeof decisionStatus>;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/** Limits that keep a record displayable and a workspace file small; import reports anything beyond them. */
export const limits = { title: 200, text: 200_000, listItem: 2_000, listLength: 200 } as const;

const line = z.string().max(limits.listItem);
const text = z.string().max(limits.text);
const list = z.array(line).max(limits.listLength);

export const optionSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(limits.title),
  description: text,
  pros: list,
  neutral: list,
  cons: list,
});
export type DecisionOption = z.infer<typeof optionSchema>;

/** A Markdown section we do not model, kept verbatim so import → export loses nothing. */
export const extraSectionSchema = z.object({ heading: z.string().max(limits.title), body: text });
export type ExtraSection = z.infer<typeof extraSectionSchema>;

export const decisionSchema = z.object({
  id: z.string().min(1).max(64),
  number: z.number().int().positive(),
  title: z.string().trim().min(1, 'a decision needs a title').max(limits.title),
  status: decisionStatus,
  date: isoDate,
  decisionMakers: list,
  consulted: list,
  informed: list,
  tags: z.array(z.string().min(1).max(64)).max(50),
  context: text,
  drivers: list,
  options: z.array(optionSchema).max(50),
  /** Id of the chosen option, or null while undecided. */
  chosenOption: z.string().nullable(),
  justification: text,
  consequences: text,
  confirmation: text,
  moreInformation: text,
  /** Numbers of the records this one supersedes, and the record that supersedes this one. */
  supersedes: z.array(z.number().int().positive()),
  supersededBy: z.number().int().positive().nullable(),
  analysisId: z.string().nullable(),
  extraSections: z.array(extraSectionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Fields a patch may not carry, with where they are changed instead. */
const appOwned: Readonly<Record<string, string>> = {
  id: 'the app assigns it',
  number: 'the app assigns it',
  createdAt: 'the app keeps it',
  updatedAt: 'the app keeps it',
  supersedes: 'use supersede',
  supersededBy: 'use supersede',
};

/**
 * What a user may change directly. Strict: a misspelt field is an error, not a change that silently never happens,
 * and a field the app owns says where it is changed instead.
 */
export const decisionPatchSchema = z.strictObject(
  decisionSchema
    .omit({ id: true, number: true, createdAt: true, updatedAt: true, supersedes: true, supersededBy: true })
    .partial().shape,
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
);
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
    ...d.extraSections.map((s) => s.body),
  ];
}

/** Unique cited catalogue keys of a decision, in first-cited order. */
export function decisionCitations(d: Decision): string[] {
  return [...new Set(decisionTexts(d).flatMap(citedKeys))];
}

export function emptyDecision(id: string, number: number, title: string, date: string, now: string): Decision {
  return {
    id,
    number,
    title,
    status: 'proposed',
    date,
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    context: '',
    drivers: [],
    options: [],
    chosenOption: null,
    justification: '',
    consequences: '',
    confirmation: '',
    moreInformation: '',
    supersedes: [],
    supersededBy: null,
    analysisId: null,
    extraSections: [],
    createdAt: now,
    updatedAt: now,
  };
}
