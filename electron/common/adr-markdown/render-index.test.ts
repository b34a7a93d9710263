import { describe, expect, it } from 'vitest';
import { renderCombined, renderIndex } from './render-index.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

const first = {
  ...sampleDecision,
  id: '0003-use-brackets.md',
  number: 3,
  title: 'Use [brackets]',
  status: 'superseded',
  lifecycle: 'superseded' as const,
  supersededBy: 7,
  supersedes: [],
};

describe('renderIndex', () => {
  it('lists records by number with file links and statuses', () => {
    expect(renderIndex([sampleDecision, first])).toBe(
      '# Architecture Decision Records\n\n<!-- adrlog -->\n\n' +
        '* [3. Use \\[brackets\\]](0003-use-brackets.md) — Superseded\n' +
        '* [7. Use a feature store](0007-use-a-feature-store.md) — Accepted\n\n<!-- adrlogstop -->\n',
    );
  });
});

describe('renderCombined', () => {
  const md = renderCombined([sampleDecision, first], testContext);

  it('puts every record under an anchor, with in-document supersede links', () => {
    expect(md).toContain(
      '* [3. Use \\[brackets\\]](#adr-0003) — Superseded\n* [7. Use a feature store](#adr-0007) — Accepted',
    );
    expect(md.indexOf('<a id="adr-0003"></a>\n\n## 3. Use [brackets]')).toBeLessThan(
      md.indexOf('<a id="adr-0007"></a>\n\n## 7. Use a feature store'),
    );
    expect(md).toContain('* Superseded by: [7. Use a feature store](#adr-0007)');
  });

  it("nests each record's sections one level below its title", () => {
    expect(md).toContain('### Context and Problem Statement');
    expect(md).toContain('#### Consequences');
    expect(md).not.toMatch(/^## Context/m);
  });
});
