// Export to each dialect keeps the review date where the editor writes it, and the app reads it back from there.
import { describe, expect, it } from 'vitest';
import { renderMadr } from './render-madr.ts';
import { renderAdrTools } from './render-adr-tools.ts';
import { renderLog4brains } from './render-log4brains.ts';
import { readRecordFile } from '../adr-file/record-file.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

const due = { ...sampleDecision, reviewBy: '2025-06-30' };

describe('review-by on export', () => {
  it('MADR: a review-by key in the front matter, after the date', () => {
    const md = renderMadr(due, testContext);
    expect(md).toMatch(/^---\nstatus: accepted\ndate: 2024-03-05\nreview-by: 2025-06-30\n/);
    expect(readRecordFile('0007-use-a-feature-store.md', md).reviewBy).toBe('2025-06-30');
  });

  it('log4brains: front matter before the title, not a bullet log4brains would show as its own', () => {
    const md = renderLog4brains(due, testContext);
    expect(md.startsWith('---\nreview-by: 2025-06-30\n---\n# Use a feature store\n\n- Status: accepted\n')).toBe(true);
    expect(md).not.toMatch(/^- Review by/m);
    const back = readRecordFile('20240305-use-a-feature-store.md', md);
    expect(back).toMatchObject({ reviewBy: '2025-06-30', dialect: 'log4brains', date: '2024-03-05' });
  });

  it('adr-tools: a "Review by:" line right under the date, where `adr` leaves the first line as the title', () => {
    const md = renderAdrTools(due, testContext);
    expect(md.startsWith('# 7. Use a feature store\n\nDate: 2024-03-05\nReview by: 2025-06-30\n\n## Status\n')).toBe(
      true,
    );
    expect(readRecordFile('0007-use-a-feature-store.md', md).reviewBy).toBe('2025-06-30');
  });

  it('writes nothing about review when the record has no review date', () => {
    for (const md of [renderMadr, renderLog4brains, renderAdrTools].map((render) =>
      render(sampleDecision, testContext),
    ))
      expect(md).not.toMatch(/review/i);
  });
});
