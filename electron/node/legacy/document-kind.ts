// What the store needs to know about a document type: its file, schema, version and migrations.
import type { z } from 'zod';

/** `migrations[v]` turns a version-v document into a version-(v+1) one; pure, never mutates its input. */
export type Migrations = Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;

export interface DocumentKind<T> {
  /** File name inside the workspace folder. */
  fileName: string;
  /** The version this build writes; documents carry it as `schemaVersion` (absent means 0). */
  version: number;
  schema: z.ZodType<T>;
  migrations: Migrations;
  empty(): T;
  /** The file's text for a document; plain JSON.stringify when absent. Must equal JSON.stringify's output. */
  serialise?(doc: T): string;
  /** A cheap check run before every write: a document that fails it is never written, so the file stays readable. */
  problem?(doc: T): string | null;
}

/** Runs the migrations from `from` up to `to`, one version at a time. */
export function migrate(
  doc: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Migrations,
): Record<string, unknown> {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from schema version ${v} to ${v + 1}.`);
    current = step(current);
  }
  return current;
}
