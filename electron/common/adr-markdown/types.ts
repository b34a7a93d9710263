// Types shared by the ADR Markdown renderers, parsers and lint rules.
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
}

/** The record without the fields the app owns (id, number, timestamps). */
export type DecisionDraft = Omit<Decision, 'id' | 'number' | 'createdAt' | 'updatedAt'>;

/** One link line (`Amends [4. X](0004-x.md)`), supersede links included, as written in the file. */
export interface AdrLink {
  /** Relation as written, e.g. "Superseded by", "Amends". */
  relation: string;
  label: string;
  href: string;
  /** Number read from the target (href prefix or "N." label), null for date-named files. */
  number: number | null;
}

export interface ParseOptions {
  /** Base name of the file, used for the number (NNNN-…) and as a title of last resort. */
  fileName?: string;
  /** Date used when the file has none or an unreadable one (a warning says so). */
  fallbackDate: string;
}

export interface ParsedAdr {
  format: AdrFormat;
  number: number | null;
  /** Present only in our own MADR export: the app's id and timestamps. */
  id: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  record: DecisionDraft;
  /** Status as printed, kept so an unknown word is never silently lost. */
  statusText: string;
  links: AdrLink[];
  warnings: string[];
}
