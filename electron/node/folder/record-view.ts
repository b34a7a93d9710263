// The editor's view of a record file (ids for options, the chosen option by id) and an editor's patch as file edits.
import type { RecordEdits } from '../../common/adr-file/edit-record.ts';
import { readLayout } from '../../common/adr-file/record-layout.ts';
import { recordFromLayout } from '../../common/adr-file/record-file.ts';
import { roleOfKey } from '../../common/adr-file/section-roles.ts';
import type { Decision, DecisionGit, DecisionPatch, ExtraSection } from '../../common/decision.ts';
import type { RecordSnapshot } from './record-snapshot.ts';

/** What the folder knows about a record besides its file: the analysis linking to it and its git state. */
export interface RecordExtras {
  analysisId: string | null;
  git: DecisionGit | null;
}

// Ids by position: stable while the editor works on a record, and never written to the file.
const optionId = (index: number) => `o${index + 1}`;

function extraSections(layout: ReturnType<typeof readLayout>): ExtraSection[] {
  return layout.outline.sections
    .filter((s) => s.heading.depth === 2 && !roleOfKey.has(s.heading.key) && s.heading.key !== 'links')
    .map((s) => ({ heading: s.heading.text, body: layout.text.slice(s.all.start, s.all.end).trim() }));
}

/** The view of a readable record file. */
export function decisionOf(snapshot: RecordSnapshot & { text: string }, extras: RecordExtras): Decision {
  const layout = readLayout(snapshot.text);
  const record = recordFromLayout(snapshot.file, layout);
  const c = record.content;
  return {
    id: snapshot.file,
    version: snapshot.version,
    dialect: record.dialect,
    number: record.number,
    title: record.title,
    status: record.status,
    lifecycle: record.lifecycle,
    date: record.date,
    reviewBy: record.reviewBy,
    decisionMakers: c.decisionMakers,
    consulted: c.consulted,
    informed: c.informed,
    tags: c.tags,
    context: c.context,
    drivers: c.drivers,
    options: c.options.map((o, i) => ({ id: optionId(i), ...o })),
    chosenOption: record.chosenOptionIndex === null ? null : optionId(record.chosenOptionIndex),
    chosenText: c.chosenOption,
    justification: c.justification,
    consequences: c.consequences,
    confirmation: c.confirmation,
    moreInformation: c.moreInformation,
    supersedes: record.supersedes,
    supersededBy: record.supersededBy[0] ?? null,
    extraSections: extraSections(layout),
    analysisId: record.analysis ?? extras.analysisId,
    markdown: snapshot.text,
    warnings: record.warnings,
    git: extras.git,
  };
}

/** A patch from the editor as edits of the file; the chosen option goes by its title as the options will read. */
export function editsOf(current: Decision, patch: DecisionPatch): RecordEdits {
  const { options: _options, chosenOption, ...rest } = patch;
  const edits: RecordEdits = { ...rest };
  const options = patch.options ?? current.options;
  if (patch.options) edits.options = patch.options.map(({ id: _id, ...o }) => o);
  const titleOf = (id: string | null | undefined) => options.find((o) => o.id === id)?.title ?? null;
  if ('chosenOption' in patch) edits.chosenOption = titleOf(chosenOption);
  // Renaming the chosen option renames it in the outcome; an outcome naming no considered option keeps its words.
  else if (patch.options && current.chosenOption !== null) edits.chosenOption = titleOf(current.chosenOption);
  return edits;
}

/** What a copy takes from the record it copies. */
const copiedFields = [
  'options',
  'chosenOption',
  'context',
  'drivers',
  'justification',
  'consequences',
  'confirmation',
  'moreInformation',
  'decisionMakers',
  'consulted',
  'informed',
  'tags',
] as const satisfies readonly (keyof DecisionPatch)[];

/** The content a copy of `source` starts with: not its number, title, status or date. */
export function copyOf(source: Decision): DecisionPatch {
  return Object.fromEntries(copiedFields.map((field) => [field, source[field]]));
}
