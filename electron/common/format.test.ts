// The app's number, label and date formats, as records, editors and charts show them.
import { describe, expect, it } from 'vitest';
import {
  localDate,
  calendarDate,
  count,
  criterionKey,
  percent,
  points,
  rankLabel,
  round1,
  truncate,
  weightPoints,
  wholePoints,
} from './format.ts';

describe('format', () => {
  it('writes weights, weight changes and scores', () => {
    expect([percent(0.35), percent(1 / 3), percent(0), percent(1)]).toEqual(['35%', '33.3%', '0%', '100%']);
    expect([weightPoints(-0.1234), weightPoints(0.05)]).toEqual(['−12.3 pts', '+5 pts']);
    expect([points(0.7251), points(0.5), points(1)]).toEqual(['72.5', '50.0', '100.0']);
    expect([wholePoints(0.25), wholePoints(0.999)]).toEqual(['25', '100']);
    expect([round1(12.345), round1(-0.04)]).toEqual([12.3, -0]);
  });

  it('shows tied ranks, criterion keys and counts', () => {
    expect([0, 1, 2].map((i) => rankLabel([1, 1, 3], i))).toEqual(['=1', '=1', '3']);
    expect([criterionKey(0), criterionKey(9)]).toEqual(['C1', 'C10']);
    expect(count(10_000)).toBe('10,000');
  });

  it('cuts long labels with an ellipsis', () => {
    expect(truncate('Hybrid: online updates, weekly rebuild', 70)).toBe('Hybrid: o…');
    expect(truncate('Short', 70)).toBe('Short');
  });

  it('writes the local calendar date', () => {
    expect(calendarDate(new Date(2024, 2, 1, 23, 59))).toBe('2024-03-01');
  });

  it('writes a YYYY-MM-DD day in the user’s locale with one formatter, and other text as written', () => {
    const locale = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    expect(localDate('2026-11-30')).toBe(locale.format(Date.UTC(2026, 10, 30)));
    expect(localDate('2026-11-30')).not.toBe('2026-11-30');
    // A commit's time and zone do not move the day git wrote.
    expect(localDate('2024-05-01T23:30:00-07:00')).toBe(locale.format(Date.UTC(2024, 4, 1)));
    expect(localDate('June 2019')).toBe('June 2019');
    expect(localDate('2024-02-30')).toBe('2024-02-30');
  });
});
