// The preview's MADR file: front matter apart, citations resolved to catalogue titles and papers.
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { madrPreview, resolveCitation } from './preview-markdown.ts';

describe('resolveCitation', () => {
  it('gives the entry title and its papers, and null for unknown keys', () => {
    const t5 = resolveCitation('T5');
    expect(t5?.title).toBe('Flexibility and Stability');
    expect(t5?.papers.length).toBeGreaterThan(0);
    expect(t5?.papers[0]?.id).toMatch(/^LR\d+$/);
    expect(resolveCitation('CM99')).toBeNull();
  });
});

describe('madrPreview', () => {
  it('splits the front matter from a body that lists references', () => {
    const d = {
      ...emptyDecision('x', 3, 'Adopt Feast', '2024-05-01', 'now'),
      context: 'Skew [@CM10].',
      supersedes: [1],
    };
    const p = madrPreview(d, (n) => (n === 1 ? 'Old way' : null));
    expect(p.source.startsWith('---\n')).toBe(true);
    expect(p.frontMatter).toContain('status: proposed');
    expect(p.body).toMatch(/^# Adopt Feast\n/);
    expect(p.body).toContain('## References');
    expect(p.body).toContain('**CM10**: Managing evolving ML datasets');
  });
});
