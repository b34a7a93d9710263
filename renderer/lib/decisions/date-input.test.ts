// The date picker for ISO days and empty fields; a text field for a date a file writes another way, unless replaced.
import { describe, expect, it } from 'vitest';
import { dateInputKind } from './date-input.ts';

describe('dateInputKind', () => {
  it('gives the date picker to an ISO calendar day and to an empty field', () => {
    expect(dateInputKind('2024-05-01')).toBe('date');
    expect(dateInputKind(null)).toBe('date');
    expect(dateInputKind('')).toBe('date');
  });

  it('keeps other text in a text field: free text, a day not in the calendar, a time after the day', () => {
    expect(dateInputKind('June 2019')).toBe('text');
    expect(dateInputKind('2024-02-30')).toBe('text');
    expect(dateInputKind('2024-5-1')).toBe('text');
    expect(dateInputKind('2024-05-01T10:00')).toBe('text');
  });

  it('gives the picker to any text once the user chose to replace it', () => {
    expect(dateInputKind('June 2019', true)).toBe('date');
  });
});
