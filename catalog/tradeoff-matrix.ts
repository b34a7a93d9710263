// The tradeoff matrix: the six tradeoffs against stages, challenges or strategies, each cell backed by evidence from the catalogue.
import type { Catalog } from './catalog.ts';
import type { Challenge } from './schema.ts';
import { keywordsOf, matchedKeywords } from './tradeoff-matrix-keywords.ts';

export type ColumnMode = 'stages' | 'challenges' | 'strategies';

export const columnModes: readonly { id: ColumnMode; label: string }[] = [
  { id: 'stages', label: 'Stages' },
  { id: 'challenges', label: 'Challenges' },
  { id: 'strategies', label: 'Strategies' },
];

export interface MatrixRow {
  id: string;
  title: string;
  left: string;
  right: string;
  papers: number;
}

export interface MatrixColumn {
  id: string;
  /** The entry's name or title. */
  label: string;
  /** What a narrow column header shows: the id of a challenge or strategy, the name of a stage. */
  short: string;
  /** Area code of a stage, "AREA" for the areas, kind of a challenge ("CM"/"CS"), "ST" for strategies. */
  group: string;
  /** What the group is called: the area's name, "Areas", "Maintainability"/"Scalability", "Strategies". */
  groupLabel: string;
  /** Stems a consideration must contain to name this entry (see tradeoff-matrix-keywords.ts). */
  keywords: string[];
  /** The challenges whose papers the column pools (stages and areas); the entry's own papers otherwise. */
  challenges: Challenge[] | null;
  papers: string[];
}

export interface ConsiderationMatch {
  index: number;
  text: string;
  keywords: string[];
}

export interface CellEvidence {
  /** Papers cited by both the tradeoff and the column entry (for a stage: by any of its challenges), in LR order. */
  sharedPapers: string[];
  /** The tradeoff's considerations that name the column entry, in the paper's order, with the keywords that matched. */
  considerations: ConsiderationMatch[];
  /** For a stage or area: its challenges that share a paper with the tradeoff, in catalogue order. */
  challenges: string[];
}

export interface MatrixCell {
  tradeoff: string;
  column: string;
  strength: number;
  evidence: CellEvidence;
}

export interface TradeoffMatrix {
  mode: ColumnMode;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column], in the order of `rows` and `columns`. */
  cells: MatrixCell[][];
  /** The largest strength of any cell (0 when every cell is empty), for scaling colours. */
  max: number;
}

/** How strong a cell is: one point per shared paper and one per consideration naming the entry. */
export const strengthOf = (e: CellEvidence): number => e.sharedPapers.length + e.considerations.length;

const paperNumber = (id: string) => Number(id.slice(2));
const byPaper = (a: string, b: string) => paperNumber(a) - paperNumber(b);

/** A stage's header text: the acronym its name spells out, if any ("Hyperparameter Optimization (HPO)" → "HPO"). */
const shortName = (name: string) => /\(([^)]+)\)$/.exec(name)?.[1] ?? name;

function stageColumns(catalog: Catalog): MatrixColumn[] {
  const stages = [...catalog.data.stages].sort((a, b) => a.order - b.order);
  const areaName = new Map(stages.filter((s) => s.kind === 'area').map((s) => [s.area, s.name]));
  return stages.map((s) => {
    const challenges = catalog.challengesOf(s.id);
    // An area is named by its own names or by any of its stages'.
    const names =
      s.kind === 'area'
        ? [s.name, ...s.aliases, ...catalog.stagesOfArea(s.area).flatMap((st) => [st.name, ...st.aliases])]
        : [s.name, ...s.aliases];
    return {
      id: s.id,
      label: s.name,
      short: shortName(s.name),
      keywords: keywordsOf(names),
      challenges,
      ...(s.kind === 'area'
        ? { group: 'AREA', groupLabel: 'Areas' }
        : { group: s.area, groupLabel: areaName.get(s.area) ?? s.area }),
      papers: [...new Set(challenges.flatMap((c) => c.papers))].sort(byPaper),
    };
  });
}

function columnsFor(catalog: Catalog, mode: ColumnMode): MatrixColumn[] {
  switch (mode) {
    case 'stages':
      return stageColumns(catalog);
    case 'challenges':
      return catalog.data.challenges.map((c) => ({
        id: c.id,
        label: c.title,
        short: c.id,
        group: c.id.slice(0, 2),
        groupLabel: c.kind === 'maintainability' ? 'Maintainability' : 'Scalability',
        keywords: keywordsOf([c.id, c.title]),
        challenges: null,
        papers: c.papers,
      }));
    case 'strategies':
      return catalog.data.strategies.map((s) => ({
        id: s.id,
        label: s.title,
        short: s.id,
        group: 'ST',
        groupLabel: 'Strategies',
        keywords: keywordsOf([s.id, s.title]),
        challenges: null,
        papers: s.papers,
      }));
  }
}

export function tradeoffMatrix(catalog: Catalog, mode: ColumnMode): TradeoffMatrix {
  const columns = columnsFor(catalog, mode);
  const rows = catalog.data.tradeoffs.map((t) => ({
    id: t.id,
    title: t.title,
    left: t.left,
    right: t.right,
    papers: t.papers.length,
  }));
  const cells = catalog.data.tradeoffs.map((t) => {
    const cited = new Set(t.papers);
    return columns.map((col): MatrixCell => {
      const evidence: CellEvidence = {
        sharedPapers: col.papers.filter((p) => cited.has(p)).sort(byPaper),
        considerations: t.considerations
          .map((text, index) => ({ index, text, keywords: matchedKeywords(text, col.keywords) }))
          .filter((m) => m.keywords.length > 0),
        challenges: (col.challenges ?? []).filter((c) => c.papers.some((p) => cited.has(p))).map((c) => c.id),
      };
      return { tradeoff: t.id, column: col.id, strength: strengthOf(evidence), evidence };
    });
  });
  const max = Math.max(0, ...cells.flat().map((c) => c.strength));
  return { mode, rows, columns, cells, max };
}

/** The route id of a cell: "T6~CS11". */
export const cellKey = (tradeoff: string, column: string): string => `${tradeoff}~${column}`;

export function cellAt(matrix: TradeoffMatrix, key: string | null): MatrixCell | undefined {
  if (!key) return undefined;
  const [tradeoff, column] = key.split('~');
  const r = matrix.rows.findIndex((row) => row.id === tradeoff);
  const c = matrix.columns.findIndex((col) => col.id === column);
  return r < 0 || c < 0 ? undefined : matrix.cells[r]?.[c];
}

/** Which column mode holds a cell's column, so a deep link opens the right one. */
export function modeOfKey(key: string | null): ColumnMode | null {
  const column = key?.split('~')[1];
  if (!column) return null;
  if (/^C[MS]\d{2}$/.test(column)) return 'challenges';
  if (/^ST\d{2}$/.test(column)) return 'strategies';
  return 'stages';
}
