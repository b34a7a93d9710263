// A catalogue lint finding: which rule, which entry, what is wrong.
import type { CatalogData } from '../schema.ts';

export interface Finding {
  rule: string;
  id?: string;
  message: string;
}

export type Rule = (data: CatalogData) => Finding[];
