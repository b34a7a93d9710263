import { describe, expect, it } from 'vitest';
import { renderLog4brains } from './render-log4brains.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

describe('renderLog4brains', () => {
  it('writes bullet metadata under the title and supersede links under Links', () => {
    const md = renderLog4brains(
      { ...sampleDecision, extraSections: [{ heading: 'Links', body: '- Refined by [x](x.md)' }] },
      testContext,
    );
    expect(
      md.startsWith(
        '# Use a feature store\n\n- Status: accepted\n- Deciders: Ada, Grace\n- Consulted: Data team\n- Informed: Everyone\n- Date: 2024-03-05\n- Tags: data, mlops\n\n## Context and Problem Statement\n',
      ),
    ).toBe(true);
    expect(
      md.endsWith(
        '## Links\n\n- Supersedes [0003-decision-3-number](0003-decision-3-number.md)\n\n- Refined by [x](x.md)\n',
      ),
    ).toBe(true);
    expect(md.match(/## Links/g)).toHaveLength(1);
  });

  it('puts the superseder in the status with its slug as link text, as log4brains does', () => {
    const md = renderLog4brains(
      { ...sampleDecision, status: 'superseded', lifecycle: 'superseded', supersededBy: 9, supersedes: [] },
      testContext,
    );
    expect(md).toContain('- Status: superseded by [0009-decision-9-number](0009-decision-9-number.md)\n');
    expect(md).not.toContain('## Links');
  });
});
