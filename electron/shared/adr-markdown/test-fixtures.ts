// Test support: a sample decision, a fake catalogue, and a fast-check generator of decisions Markdown can carry.
import fc from 'fast-check';
import type { Decision, DecisionOption } from '../decision.ts';
import { decisionStatuses } from '../decision.ts';
import type { RenderContext } from './types.ts';

export const sampleDecision: Decision = {
  id: 'd-7', number: 7, title: 'Use a feature store', status: 'accepted', date: '2024-03-05',
  decisionMakers: ['Ada', 'Grace'], consulted: ['Data team'], informed: ['Everyone'], tags: ['data', 'mlops'],
  context: 'Features are computed twice [@CM12].\n\nTraining and serving drift apart.',
  drivers: ['Consistency between training and serving [@T6]', 'Cost'],
  options: [
    { id: 'fs', title: 'Feature store', description: 'A shared store.', pros: ['One definition [@SS06]'], neutral: ['New infra'], cons: ['Ops cost'] },
    { id: 'dup', title: 'Duplicate pipelines', description: '', pros: [], neutral: [], cons: ['Skew'] },
  ],
  chosenOption: 'fs', justification: 'it removes skew.',
  consequences: '* Good, because one pipeline\n* Bad, because a new service', confirmation: 'Skew dashboard stays flat.',
  moreInformation: 'See the analysis.', supersedes: [3], supersededBy: null, analysisId: 'a-1',
  extraSections: [{ heading: 'Notes', body: 'Kept *verbatim*.\n\n### Sub\n\ntext' }],
  createdAt: '2024-03-05T10:00:00.000Z', updatedAt: '2024-03-06T10:00:00.000Z',
};

export const testContext: RenderContext = {
  resolveCitation: (key) => (key === 'XX99' ? null : { title: `Entry ${key}`, papers: [{ id: 'LR1', title: 'A paper', year: 2020 }] }),
  titleOf: (n) => `Decision [${n}] number`,
};

// Text a user would type: words, punctuation and inline Markdown, but no line that starts a heading,
// list, quote, fence, table or HTML block, and no line that ends in '#', which Markdown would re-read.
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'’,.;:!?()\-_*`]{0,11}$/);
const cite = fc.constantFrom('[@CM12]', '[@T6]', '[@LR101]');
const phrase = fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: cite }), { minLength: 1, maxLength: 8 })
  .map((ws) => ws.join(' '))
  .filter((s) => !/^(?:[-+*]|\d+[.)]|Good|Bad|Neutral|Chosen)\b/i.test(s) && !/^[-*_=]+$/.test(s));
const paragraph = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const text = fc.oneof(fc.constant(''), fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n\n')));
const item = phrase;
const list = fc.array(item, { maxLength: 4 });

const option = fc.record({
  title: phrase, description: text, pros: list, neutral: list, cons: list,
});

const sectionHeading = phrase.filter((h) => !/^(context|decision|considered|pros|more|references|links|status|consequences|confirmation|tags|consulted|informed|decision)/i.test(h));

/** Decisions whose every held field survives Markdown: trimmed single-line items, unique option titles. */
export const arbitraryDecision: fc.Arbitrary<Decision> = fc.record({
  number: fc.integer({ min: 1, max: 9999 }),
  title: phrase,
  status: fc.constantFrom(...decisionStatuses),
  date: fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  decisionMakers: fc.array(phrase.filter((s) => !s.includes(',')), { maxLength: 3 }),
  consulted: fc.array(phrase.filter((s) => !s.includes(',')), { maxLength: 3 }),
  informed: fc.array(phrase.filter((s) => !s.includes(',')), { maxLength: 3 }),
  tags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/), { maxLength: 4 }),
  context: text,
  drivers: list,
  options: fc.uniqueArray(option, { maxLength: 4, selector: (o) => o.title }),
  chosenIndex: fc.nat(),
  justification: text,
  consequences: text, confirmation: text, moreInformation: text,
  supersedes: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 3 }),
  supersededBy: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
  analysisId: fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: null }),
  extraSections: fc.uniqueArray(fc.record({ heading: sectionHeading, body: text }), { maxLength: 2, selector: (s) => s.heading.toLowerCase() }),
}).map(({ chosenIndex, options, ...d }): Decision => {
  const withIds: DecisionOption[] = options.map((o, i) => ({ ...o, id: `opt-${i + 1}` }));
  return {
    ...d,
    id: `id-${d.number}`,
    options: withIds,
    chosenOption: withIds.length === 0 || chosenIndex % 3 === 0 ? null : withIds[chosenIndex % withIds.length]!.id,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
  };
});
