// Every data file parses through the catalogue schema.
import { catalogSchema } from '../schema.ts';
import type { Rule } from './finding.ts';

export const schemaRule: Rule = (data) => {
  const result = catalogSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    rule: 'schema',
    message: `${issue.path.join('.')}: ${issue.message}`,
  }));
};
