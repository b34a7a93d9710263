// The layering and environment rules refuse exactly what each fixture's first line says, and pass the allowed ones.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../build/eslint-rules/layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests/lint/fixtures');
const eslint = new ESLint({ cwd: root });

// "// Refused by rule-a, rule-b: why" or "// Allowed: why" (<!-- … --> in Svelte components).
const header = /^(?:\/\/|<!--) (?:Refused by (?<rules>[^:]+)|Allowed): /;

/** Each fixture, its text placed in the folder its first directory names (common → electron/common/…). */
const cases = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|svelte)$/.test(file))
  .sort()
  .map((fixture) => {
    const [name, ...rest] = fixture.split(path.sep);
    const layer = layers.find((l) => l.name === name);
    if (!layer) throw new Error(`${fixture}: ${name} is no layer`);
    const text = readFileSync(path.join(fixtures, fixture), 'utf8');
    const match = header.exec(text);
    if (!match) throw new Error(`${fixture}: the first line says neither "Refused by …:" nor "Allowed:"`);
    const refusedBy = match.groups?.['rules']?.split(', ') ?? [];
    return { fixture, layer: name, text, refusedBy, filePath: path.join(root, layer.folder, ...rest) };
  });

const rulesReported = async (text: string, filePath: string) => {
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message).sort();
};

describe('layering', () => {
  it.each(cases)('$fixture', async ({ text, filePath, refusedBy }) => {
    expect(await rulesReported(text, filePath)).toEqual([...refusedBy].sort());
  });

  it.each(layers.map((l) => l.name))('has refused and allowed fixtures for %s', (name) => {
    const mine = cases.filter((c) => c.layer === name);
    expect(mine.some((c) => c.refusedBy.length > 0)).toBe(true);
    expect(mine.some((c) => c.refusedBy.length === 0)).toBe(true);
  });

  it('refuses a file in a folder under electron/ that belongs to no layer', async () => {
    const [result] = await eslint.lintText('export {};\n', { filePath: path.join(root, 'electron/extra/x.ts') });
    expect(result!.messages.map((m) => m.messageId)).toEqual(['unlayered']);
  });

  it('is not run over the fixtures by `eslint .`, as they are meant to fail', async () => {
    expect(await eslint.isPathIgnored(path.join(fixtures, cases[0]!.fixture))).toBe(true);
  });
});
