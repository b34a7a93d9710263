// The matrix guide spells out the stage groups its headings may abbreviate.
import { describe, expect, it } from 'vitest';
import { tradeoffMatrix } from '../../../../catalog/tradeoff-matrix.ts';
import { catalog } from '../../../../catalog/index.ts';
import { columnGroups } from './column-groups.ts';

describe('columnGroups', () => {
  it('names DE, ME and CEC in full for the stages, and CM and CS for the challenges', () => {
    expect(columnGroups(tradeoffMatrix(catalog, 'stages')).map((g) => [g.code, g.name])).toEqual([
      ['DE', 'Data Engineering'],
      ['ME', 'Model Engineering'],
      ['CEC', 'Current Ecosystem'],
    ]);
    expect(columnGroups(tradeoffMatrix(catalog, 'stages'))[2]!.note).toMatch(/frameworks, tools/);
    expect(columnGroups(tradeoffMatrix(catalog, 'challenges')).map((g) => g.name)).toEqual([
      'Maintainability',
      'Scalability',
    ]);
  });
});
