import { describe, expect, it } from 'vitest';
import { RememberedDates, type DateStore } from './remembered-dates.ts';

function memoryStore(): DateStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('RememberedDates', () => {
  it('gives the next start the dates shown, for the same locale and browser only', () => {
    const store = memoryStore();
    new RememberedDates(store, 'de-DE Chrome/140').save([
      ['2026-11-30', '30.11.2026'],
      ['2026-01-02', '02.01.2026'],
    ]);
    const next = new RememberedDates(store, 'de-DE Chrome/140');
    expect(next.get('2026-11-30')).toBe('30.11.2026');
    expect(next.get('2026-01-02')).toBe('02.01.2026');
    expect(next.get('2025-05-05')).toBeUndefined();
    // Another locale, or a browser whose ICU may write dates otherwise, formats them anew.
    expect(new RememberedDates(store, 'en-GB Chrome/140').get('2026-11-30')).toBeUndefined();
    expect(new RememberedDates(store, 'de-DE Chrome/141').get('2026-11-30')).toBeUndefined();
  });

  it('keeps the first two hundred dates shown, in the order shown', () => {
    const store = memoryStore();
    const shown = Array.from({ length: 250 }, (_, i) => [`d${i}`, `shown ${i}`] as [string, string]);
    new RememberedDates(store, 'x').save(shown);
    const next = new RememberedDates(store, 'x');
    expect(next.get('d0')).toBe('shown 0');
    expect(next.get('d199')).toBe('shown 199');
    expect(next.get('d200')).toBeUndefined();
  });

  it('formats anew after a damaged or refused store, and never throws', () => {
    for (const text of ['{', '"text"', '{"by":"x","dates":null}', '{"by":"x","dates":{"d":7}}']) {
      const store = memoryStore();
      store.items.set('atlas:shown-dates', text);
      expect(new RememberedDates(store, 'x').get('d')).toBeUndefined();
    }
    const refusing: DateStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => new RememberedDates(refusing, 'x').save([['d', 'shown']])).not.toThrow();
    expect(new RememberedDates(refusing, 'x').get('d')).toBeUndefined();
    expect(new RememberedDates(undefined, 'x').get('d')).toBeUndefined();
  });
});
