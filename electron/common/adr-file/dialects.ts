// The record dialects the app reads and writes; apart from the reader, so code that only names them loads no parser.
export const dialects = ['madr', 'adr-tools', 'log4brains'] as const;
export type Dialect = (typeof dialects)[number];
