import { describe, expect, it } from 'vitest';
import { renderMadr } from './render-madr.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

describe('renderMadr', () => {
  const md = renderMadr(sampleDecision, testContext);

  it('puts the title right after the front matter, where adr-log looks for it', () => {
    expect(md).toMatch(
      /^---\nstatus: accepted\ndate: 2024-03-05\n[\s\S]*\n---\n# Use a feature store\n\n## Context and Problem Statement\n/,
    );
  });

  it('follows the MADR 4 section order, extra sections before the references', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Use a feature store',
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '### Confirmation',
      '## Pros and Cons of the Options',
      '### Feature store',
      '### Duplicate pipelines',
      '## More Information',
      '## Notes',
      '### Sub',
      '## References',
    ]);
    expect(md).toContain('Chosen option: "Feature store", because it removes skew.');
    expect(md).toContain(
      '* Good, because One definition [@SS06]\n* Neutral, because New infra\n* Bad, because Ops cost',
    );
  });

  it('names the superseder in the status the MADR way, and omits empty optional sections', () => {
    const bare = renderMadr(
      {
        ...sampleDecision,
        status: 'superseded',
        lifecycle: 'superseded',
        supersededBy: 12,
        drivers: [],
        moreInformation: '',
        extraSections: [],
      },
      testContext,
    );
    expect(bare).toContain('status: superseded by ADR-0012\n');
    expect(bare).not.toContain('superseded-by:');
    expect(bare).not.toContain('## Decision Drivers');
    expect(bare).not.toContain('## More Information');
  });

  it('lists every cited entry under References', () => {
    expect(md).toContain('* **CM12**: Entry CM12\n  * LR1: A paper (2020)');
    expect(md).toContain('* **T6**: Entry T6');
    expect(md).toContain('* **SS06**: Entry SS06');
  });
});
