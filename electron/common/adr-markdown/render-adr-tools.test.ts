import { describe, expect, it } from 'vitest';
import { renderAdrTools } from './render-adr-tools.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

describe('renderAdrTools', () => {
  it('writes the Nygard layout adr-tools reads', () => {
    const md = renderAdrTools(sampleDecision, testContext);
    expect(
      md.startsWith(
        '# 7. Use a feature store\n\nDate: 2024-03-05\n\n## Status\n\nAccepted\n\nSupersedes [3. Decision \\[3\\] number](0003-decision-3-number.md)\n\n## Context\n',
      ),
    ).toBe(true);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 4)).toEqual(['## Status', '## Context', '## Decision', '## Consequences']);
    expect(headings).toContain('## Decision Makers');
    expect(md).toContain('## Tags\n\n* data\n* mlops');
  });

  it('shows only the link for a superseded record, as `adr new -s` leaves it', () => {
    const md = renderAdrTools(
      { ...sampleDecision, status: 'superseded', lifecycle: 'superseded', supersedes: [], supersededBy: 9 },
      testContext,
    );
    expect(md).toContain(
      '## Status\n\nSuperseded by [9. Decision \\[9\\] number](0009-decision-9-number.md)\n\n## Context',
    );
  });
});
