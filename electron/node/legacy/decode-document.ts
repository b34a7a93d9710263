// Turns the text of a document file into a current-version document, or says why it cannot.
import type { z } from 'zod';
import { migrate, type DocumentKind } from './document-kind.ts';

export type Decoded<T> =
  | { state: 'current'; doc: T }
  | { state: 'migrated'; doc: T; from: number }
  /** Written by a newer build; `doc` is its content when this build's schema still accepts it. */
  | { state: 'newer'; version: number; doc: T | null }
  | { state: 'unreadable'; reason: string };

export function decodeDocument<T>(text: string, kind: DocumentKind<T>): Decoded<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { state: 'unreadable', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { state: 'unreadable', reason: 'it does not hold a JSON object' };
  }
  const doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { state: 'unreadable', reason: `its schemaVersion ${JSON.stringify(version)} is not a version number` };
  }
  if (version > kind.version) {
    // Shown as far as this build understands it; the newer fields would be lost on save, so it is never saved.
    const parsed = kind.schema.safeParse({ ...doc, schemaVersion: kind.version });
    return { state: 'newer', version, doc: parsed.success ? parsed.data : null };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(doc, version, kind.version, kind.migrations);
  } catch (error) {
    return {
      state: 'unreadable',
      reason: `it could not be migrated from version ${version} (${(error as Error).message})`,
    };
  }
  const parsed = kind.schema.safeParse(migrated);
  if (!parsed.success)
    return { state: 'unreadable', reason: `it does not match the workspace schema (${describeIssues(parsed.error)})` };
  return version === kind.version
    ? { state: 'current', doc: parsed.data }
    : { state: 'migrated', doc: parsed.data, from: version };
}

/** The first few schema issues as "path: message", enough to find the spot in the file. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const issues = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length - issues.length;
  return issues.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
