// Types shared by the ADR Markdown renderers and link readers.
import type { Decision } from '../decision.ts';

/** The three on-disk dialects we read and write. */
export type AdrFormat = 'madr' | 'adr-tools' | 'log4brains';
export const adrFormats: readonly AdrFormat[] = ['madr', 'adr-tools', 'log4brains'];

/** What the catalogue tells a references section about one cited key. */
export interface CitationEntry {
  title: string;
  papers: { id: string; title: string; year: number | string }[];
}
export type CitationResolver = (key: string) => CitationEntry | null;

/** Everything a renderer needs besides the decision: citations and the titles of linked records. */
export interface RenderContext {
  resolveCitation: CitationResolver;
  /** Title of the record with this number, or null when it is not known (links then use a placeholder title). */
  titleOf: (number: number) => string | null;
  /**
   * File name of the record with this number beside the one rendered, or null when no record has it: the reference
   * is then written as "ADR-0005" without a link, so rendering never adds a broken link. Absent: `NNNN-slug.md`.
   */
  fileOf?: (number: number) => string | null;
}

/** The record without the fields that name its file. */
export type DecisionDraft = Omit<Decision, 'id' | 'number'>;

/** One link line (`Amends [4. X](0004-x.md)`), supersede links included, as written in the file. */
export interface AdrLink {
  /** Relation as written, e.g. "Superseded by", "Amends". */
  relation: string;
  label: string;
  href: string;
  /** Number read from the target (href prefix or "N." label), null for date-named files. */
  number: number | null;
}
