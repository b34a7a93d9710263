import { describe, expect, it } from 'vitest';
import { addRecordLink } from './add-link.ts';
import { readRecordFile } from './record-file.ts';
import { adrTools, bare, log4brains, madr4 } from '../../../tests/fixtures/adr-file.ts';

const target = { number: 9, title: 'Use Pulsar', fileName: '0009-use-pulsar.md' };

describe('addRecordLink', () => {
  it('adr-tools: appends a link line to the Status section, as `adr new -s` does', () => {
    const out = addRecordLink(adrTools, 'Superseded by', target);
    expect(out).toBe(
      adrTools.replace(
        '(0001-record-architecture-decisions.md)\n',
        '(0001-record-architecture-decisions.md)\n\nSuperseded by [9. Use Pulsar](0009-use-pulsar.md)\n',
      ),
    );
    expect(readRecordFile('0002-use-kafka.md', out)).toMatchObject({
      supersedes: [1],
      supersededBy: [9],
      status: 'Accepted',
    });
  });

  it('MADR: writes supersede links into the status, as MADR 4 does', () => {
    const by = addRecordLink(madr4, 'Superseded by', target);
    expect(by).toBe(madr4.replace('status: "accepted"', 'status: "superseded by ADR-0009"'));
    const over = readRecordFile('0003-x.md', addRecordLink(madr4, 'Supersedes', target));
    expect(over).toMatchObject({ status: 'accepted; supersedes ADR-0009', lifecycle: 'accepted', supersedes: [9] });
    expect(addRecordLink(bare, 'Superseded by', target)).toBe(`---\nstatus: superseded by ADR-0009\n---\n${bare}`);
  });

  it('MADR: other relations go under More Information', () => {
    const out = addRecordLink(madr4, 'Amends', target);
    expect(readRecordFile('0003-x.md', out).content.moreInformation).toBe(
      'See [ADR-0002](0002-use-x.md).\n\nAmends [ADR-0009](0009-use-pulsar.md)',
    );
  });

  it('log4brains: the superseder in the status, other links in the Links section', () => {
    const by = readRecordFile('20210102-x.md', addRecordLink(log4brains, 'Superseded by', target));
    expect(by).toMatchObject({ status: 'superseded by [0009-use-pulsar](0009-use-pulsar.md)', supersededBy: [9] });
    const over = addRecordLink(log4brains, 'Supersedes', target);
    expect(over).toBe(
      log4brains.replace('(0007-later.md)\n', '(0007-later.md)\n- Supersedes [0009-use-pulsar](0009-use-pulsar.md)\n'),
    );
  });
});
