// The column groups a matrix heading may abbreviate (DE, ME, CEC), each with its name in full and what it covers.
import type { TradeoffMatrix } from '../../../../catalog/tradeoff-matrix.ts';

export interface ColumnGroup {
  code: string;
  name: string;
  note: string | null;
}

// Why the review groups its stages so, in its own words (§I): the two workflows and the ecosystem around them.
const notes: Readonly<Record<string, string>> = {
  DE: 'acquiring, processing and storing data',
  ME: 'designing, training, evaluating and deploying models',
  CEC: 'building ML systems in today’s ecosystem of frameworks, tools and infrastructure',
};

/** Groups whose code differs from their name, in column order, once each. */
export function columnGroups(matrix: TradeoffMatrix): ColumnGroup[] {
  const seen = new Map<string, ColumnGroup>();
  for (const col of matrix.columns)
    if (col.group !== col.groupLabel && !seen.has(col.group) && col.group !== 'AREA')
      seen.set(col.group, { code: col.group, name: col.groupLabel, note: notes[col.group] ?? null });
  return [...seen.values()];
}
