// Labels, status and date as written, and comma lists for decisions.
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import {
  adrLabel,
  dateText,
  isRetired,
  joinList,
  recordLabel,
  recordName,
  splitList,
  statusText,
} from './decision-labels.ts';

describe('labels', () => {
  it('pads numbers to four digits and uses the file name when there is no number', () => {
    expect(adrLabel(7)).toBe('ADR-0007');
    expect(adrLabel(12345)).toBe('ADR-12345');
    expect(recordLabel(emptyDecision('0007-use-kafka.md', 7, 'Use Kafka'))).toBe('ADR-0007');
    expect(recordName(emptyDecision('use-kafka.md', null, 'Use Kafka'))).toBe('use-kafka.md Use Kafka');
  });

  it('shows status and date as written, and says when there are none', () => {
    const d = { ...emptyDecision('a.md', 1, 'A'), status: 'on hold', date: 'June 2019' };
    expect([statusText(d), dateText(d)]).toEqual(['on hold', 'June 2019']);
    expect([statusText({ status: null }), dateText({ date: null })]).toEqual(['no status', 'undated']);
    expect(statusText({ status: 'Superseded by [DNS Infrastructure](0015-dns-infrastructure.md)' })).toBe(
      'Superseded by DNS Infrastructure',
    );
  });

  it('counts superseded and deprecated records as retired', () => {
    expect(isRetired({ lifecycle: 'superseded' })).toBe(true);
    expect(isRetired({ lifecycle: 'deprecated' })).toBe(true);
    expect(isRetired({ lifecycle: 'other' })).toBe(false);
    expect(isRetired({ lifecycle: null })).toBe(false);
  });
});

describe('splitList', () => {
  it('trims, drops blanks and repeats', () => {
    expect(splitList(' Ada,  Grace ,, Ada, ')).toEqual(['Ada', 'Grace']);
    expect(joinList(splitList('a,b'))).toBe('a, b');
  });
});
