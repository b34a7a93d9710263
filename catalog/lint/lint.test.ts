// The shipped catalogue passes every linter, and each linter catches the fault it exists for.
import { describe, expect, it } from 'vitest';
import { catalogData } from '../data.ts';
import type { CatalogData } from '../schema.ts';
import { countsRule } from './counts-rule.ts';
import { lintCatalog } from './index.ts';
import { referencesRule } from './references-rule.ts';
import { schemaRule } from './schema-rule.ts';
import { solutionsRule } from './solutions-rule.ts';
import { stagesRule } from './stages-rule.ts';
import { uniqueIdsRule } from './unique-ids-rule.ts';

const copy = (): CatalogData => structuredClone(catalogData);

describe('catalogue linters', () => {
  it('find nothing wrong with the shipped catalogue', () => {
    expect(lintCatalog(catalogData)).toEqual([]);
  });

  it('schema: rejects an entry missing a required field', () => {
    const data = copy();
    (data.challenges[0] as { title?: string }).title = undefined;
    expect(
      schemaRule(data)
        .map((f) => f.message)
        .join(),
    ).toMatch(/challenges\.0\.title/);
  });

  it('unique ids: reports a duplicated id', () => {
    const data = copy();
    data.strategies[1]!.id = data.strategies[0]!.id;
    expect(uniqueIdsRule(data)).toEqual([expect.objectContaining({ id: data.strategies[0]!.id })]);
  });

  it('counts: reports a missing challenge', () => {
    const data = copy();
    data.challenges = data.challenges.filter((c) => c.id !== 'CM07');
    expect(countsRule(data).map((f) => f.message)).toContain('expected 41 maintainability challenges (CM), found 40');
  });

  it('references: reports unknown papers, stages and note targets', () => {
    const data = copy();
    data.challenges[0]!.papers.push('LR999');
    data.interdependencies[0]!.to = 'nowhere';
    data.notes[0]!.about = ['ZZ01'];
    const messages = referencesRule(data).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('paper LR999'),
        expect.stringContaining('stage nowhere'),
        expect.stringContaining('entry ZZ01'),
      ]),
    );
  });

  it('solutions: reports a challenge without its solution and a mismatched pair', () => {
    const data = copy();
    data.solutions = data.solutions.filter((s) => s.id !== 'SM05');
    data.challenges.find((c) => c.id === 'CM06')!.solution = 'SM07';
    const ids = solutionsRule(data).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CM05', 'CM06']));
  });

  it('stages: reports a spelling shared by two stages and a challenge on the wrong kind of stage', () => {
    const data = copy();
    data.stages[0]!.aliases.push(data.stages[1]!.name);
    data.challenges.find((c) => c.id === 'CS01')!.stage = 'hpo';
    const messages = stagesRule(data).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('belongs to both'),
        expect.stringContaining('CS01 is a scalability challenge'),
      ]),
    );
  });
});
