import { describe, expect, it } from 'vitest';
import { summaryOf, type DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { DecisionFilterIndex } from './decision-filter-index.ts';
import { filterDecisions, noFilter } from './decision-list-filter.ts';

const summary = (n: number, title: string, tags: string[] = []): DecisionSummary => ({
  ...summaryOf(emptyDecision(`${String(n).padStart(4, '0')}-x.md`, n, title)),
  tags,
});
const titles = (ds: readonly DecisionSummary[]) => ds.map((d) => d.title);

describe('DecisionFilterIndex', () => {
  const list = [summary(1, 'Adopt Feast'), summary(2, 'Use Spark', ['data']), summary(3, 'Adopt Spark streaming')];

  it('gives the list itself when nothing filters it', () => {
    const index = new DecisionFilterIndex();
    list.forEach((d) => index.put(d));
    expect(index.filter(list, noFilter)).toBe(list);
  });

  it('matches every word, in list order, and narrows as the query grows', () => {
    const index = new DecisionFilterIndex();
    list.forEach((d) => index.put(d));
    const steps = ['s', 'sp', 'spark', 'spark st', 'spark str'].map((text) =>
      titles(index.filter(list, { ...noFilter, text })),
    );
    expect(steps).toEqual([
      ['Adopt Feast', 'Use Spark', 'Adopt Spark streaming'],
      ['Use Spark', 'Adopt Spark streaming'],
      ['Use Spark', 'Adopt Spark streaming'],
      ['Adopt Spark streaming'],
      ['Adopt Spark streaming'],
    ]);
    // Deleting characters widens the matches again.
    expect(titles(index.filter(list, { ...noFilter, text: 'sp' }))).toEqual(['Use Spark', 'Adopt Spark streaming']);
  });

  it('reads a replaced record as it is now, and forgets a removed one', () => {
    const index = new DecisionFilterIndex();
    list.forEach((d) => index.put(d));
    expect(titles(index.filter(list, { ...noFilter, text: 'feast' }))).toEqual(['Adopt Feast']);
    const renamed = { ...list[0]!, title: 'Adopt Tecton' };
    index.put(renamed);
    const next = [renamed, list[1]!, list[2]!];
    expect(titles(index.filter(next, { ...noFilter, text: 'feast' }))).toEqual([]);
    expect(titles(index.filter(next, { ...noFilter, text: 'tecton' }))).toEqual(['Adopt Tecton']);
  });

  it('agrees with the plain filter whatever the fields and text', () => {
    const index = new DecisionFilterIndex();
    list.forEach((d) => index.put(d));
    for (const f of [{ tag: 'DATA' }, { text: 'adopt' }, { tag: 'data', text: 'use' }, { text: 'adr-0003' }]) {
      const filter = { ...noFilter, ...f };
      expect(titles(index.filter(list, filter))).toEqual(titles(filterDecisions(list, filter)));
    }
  });

  it('searches as a plain read of the list would, however the query is typed on or taken back and the limit changes', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      summary(i + 1, `Adopt ${['Spark', 'Feast', 'Spark streaming'][i % 3]} for service ${i + 1}`),
    );
    const index = new DecisionFilterIndex();
    const plain = (query: string, limit: number) =>
      many.filter((d) => filterDecisions([d], { ...noFilter, text: query }).length === 1).slice(0, limit);
    const typed = ['s', 'sp', 'spark', 'spark s', 'spark st', 'spark', 'service 1', 'service 12', 'x', 'xy', 'adopt'];
    for (const limit of [1, 5, 500])
      for (const query of typed) expect(titles(index.search(many, query, limit))).toEqual(titles(plain(query, limit)));
    expect(index.search(many, '   ', 5)).toEqual([]);
  });

  describe('on a list too long to read within a keystroke', () => {
    const long = Array.from({ length: 3000 }, (_, i) =>
      summary(i + 1, `Adopt ${['Spark', 'Feast', 'Spark streaming'][i % 3]} for service ${i + 1}`),
    );
    /** A clock that moves a millisecond each time it is read, and the reading left for later run by hand. */
    function slowIndex() {
      let ms = 0;
      const queued: (() => void)[] = [];
      const index = new DecisionFilterIndex({ now: () => ms++, later: (read) => queued.push(read) });
      const runLater = () => {
        while (queued.length > 0) queued.shift()!();
      };
      return { index, runLater };
    }
    const plain = (text: string) => titles(filterDecisions(long, { ...noFilter, text }));

    it('answers with the first matches, then with all of them once the rest is read', () => {
      const { index, runLater } = slowIndex();
      const answer = index.filter(long, { ...noFilter, text: 'streaming' });
      const first = titles(answer);
      expect(index.isPartial(answer)).toBe(true);
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(plain('streaming').length);
      expect(first).toEqual(plain('streaming').slice(0, first.length));
      runLater();
      const whole = index.filter(long, { ...noFilter, text: 'streaming' });
      expect(index.isPartial(whole)).toBe(false);
      expect(titles(whole)).toEqual(plain('streaming'));
    });

    it('ends with the plain answer however the query is typed on, taken back or changed before the rest is read', () => {
      const { index, runLater } = slowIndex();
      for (const text of ['s', 'sp', 'spark', 'spark st', 'service 1', 'service 12', 'feast', 'zz']) {
        const first = titles(index.filter(long, { ...noFilter, text }));
        expect(first).toEqual(plain(text).slice(0, first.length));
      }
      runLater();
      expect(titles(index.filter(long, { ...noFilter, text: 'zz' }))).toEqual([]);
      for (const text of ['service 2', 'service 29', 'service 29 stream']) index.filter(long, { ...noFilter, text });
      runLater();
      expect(titles(index.filter(long, { ...noFilter, text: 'service 29 stream' }))).toEqual(
        plain('service 29 stream'),
      );
    });

    it('stops reading for a filter that was cleared', () => {
      const { index, runLater } = slowIndex();
      const first = index.filter(long, { ...noFilter, text: 'feast' });
      expect(index.filter(long, noFilter)).toBe(long);
      runLater();
      expect(index.isPartial(first)).toBe(false);
      expect(index.isPartial(long)).toBe(false);
    });
  });
});
