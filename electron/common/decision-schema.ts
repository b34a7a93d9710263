// What an editor may send about a decision, as zod schemas: apart from the model (decision.ts), so a page shows records
// without loading zod, and loads these when it first saves an edit.
import { z } from 'zod';
import { limits } from './decision.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, 'that day is not in the calendar');

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
