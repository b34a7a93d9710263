// Runs every catalogue linter; `npm test` requires an empty result.
import type { CatalogData } from '../schema.ts';
import { countsRule } from './counts-rule.ts';
import type { Finding } from './finding.ts';
import { referencesRule } from './references-rule.ts';
import { schemaRule } from './schema-rule.ts';
import { solutionsRule } from './solutions-rule.ts';
import { stagesRule } from './stages-rule.ts';
import { uniqueIdsRule } from './unique-ids-rule.ts';

export const rules = [schemaRule, uniqueIdsRule, countsRule, referencesRule, solutionsRule, stagesRule];

export function lintCatalog(data: CatalogData): Finding[] {
  return rules.flatMap((rule) => rule(data));
}
export type { Finding } from './finding.ts';
