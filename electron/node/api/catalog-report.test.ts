// The catalogue report hands the CLI the same catalogue the app shows.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index.ts';
import { catalogJson, catalogKeys, catalogSummary } from './catalog-report.ts';

describe('catalog report', () => {
  it('prints the whole catalogue as JSON', () => {
    expect(JSON.parse(catalogJson())).toEqual(JSON.parse(JSON.stringify(catalog.data)));
  });

  it('counts every entry once, under its kind', () => {
    const { title, counts } = catalogSummary();
    expect(title).toBe(catalog.data.meta.title);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(catalog.entries.length);
  });

  it('lists citable keys in upper case', () => {
    expect(catalogKeys().has('CM12')).toBe(true);
    expect(catalogKeys().has('T6')).toBe(true);
  });
});
