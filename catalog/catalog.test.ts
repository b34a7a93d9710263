// Spot checks of catalogue rows against the paper, and of the links the app derives between entries.
import { describe, expect, it } from 'vitest';
import { catalog } from './index.ts';

describe('catalogue rows match the paper', () => {
  it('CM12: Model / Concept drift, papers LR6, LR18, LR20, LR77, LR79 (Table VIII)', () => {
    const cm12 = catalog.challenge.get('CM12')!;
    expect(cm12.stage).toBe('model-drift');
    expect(cm12.papers).toEqual(['LR6', 'LR18', 'LR20', 'LR77', 'LR79']);
    expect(cm12.solution).toBe('SM12');
    expect(cm12.title).toBe('Models becoming inaccurate due to data distribution changes');
  });

  it('CS06: model engineering, papers LR116 and LR123 (Table XII)', () => {
    const cs06 = catalog.challenge.get('CS06')!;
    expect(cs06.areas).toEqual(['ME']);
    expect(cs06.stage).toBe('model-engineering');
    expect(cs06.papers).toEqual(['LR116', 'LR123']);
  });

  it('IM07: Model Training → Model Deployment, one way (Table XIV)', () => {
    const im07 = catalog.data.interdependencies.find((i) => i.id === 'IM07')!;
    expect([im07.from, im07.to, im07.bidirectional]).toEqual(['model-training', 'model-deployment', false]);
  });

  it('IM01: Dataset Creation ↔ Data Management, two way', () => {
    const im01 = catalog.data.interdependencies.find((i) => i.id === 'IM01')!;
    expect([im01.from, im01.to, im01.bidirectional]).toEqual(['dataset-creation', 'data-management', true]);
  });

  it('T6: Scalability vs Cost', () => {
    const t6 = catalog.tradeoff.get('T6')!;
    expect([t6.left, t6.right]).toEqual(['Scalability', 'Cost']);
    expect(t6.considerations.length).toBeGreaterThanOrEqual(4);
  });

  it('the six tradeoffs come in the paper order', () => {
    expect(catalog.data.tradeoffs.map((t) => `${t.left} vs ${t.right}`.toLowerCase())).toEqual([
      'complexity vs simplicity',
      'speed vs accuracy',
      'scalability vs performance',
      'performance vs resource consumption',
      'flexibility vs stability',
      'scalability vs cost',
    ]);
  });

  it('LR18 is Chen (2019), the retrained vs incremental study', () => {
    const lr18 = catalog.reference.get('LR18')!;
    expect(lr18.year).toBe(2019);
    expect(lr18.authors[0]).toMatch(/^Chen/);
    expect(lr18.title).toMatch(/retrained and incremental machine learning/);
  });
});

describe('links between entries', () => {
  it('normalises the paper’s spellings of a stage', () => {
    for (const name of ['Model / Concept drift', 'Model/ Concept drift', 'Model Drift']) {
      expect(catalog.stageNamed(name)?.id).toBe('model-drift');
    }
    expect(catalog.stageNamed('Data preprocessing')?.id).toBe(catalog.stageNamed('Data Preprocessing')?.id);
  });

  it('a paper lists every entry that cites it', () => {
    const citing = catalog.citedBy('LR116').map((e) => e.id);
    expect(citing).toEqual(expect.arrayContaining(['CS06', 'SS06']));
    for (const id of citing) expect(catalog.entry(id)!.papers).toContain('LR116');
  });

  it('a stage lists its challenges and its incoming and outgoing interdependencies', () => {
    expect(catalog.challengesOf('model-drift').map((c) => c.id)).toEqual(['CM12', 'CM13', 'CM14']);
    const { incoming, outgoing } = catalog.interdependenciesOf('model-training');
    expect(incoming.map((i) => i.id)).toEqual(expect.arrayContaining(['IM05', 'IM06']));
    expect(outgoing.map((i) => i.id)).toContain('IM07');
    expect(outgoing.map((i) => i.id)).not.toContain('IM05');
  });

  it('an area gathers the scalability challenges that span it', () => {
    const ids = catalog.challengesOf('data-engineering').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['CS01', 'CS02']));
    expect(ids).not.toContain('CS06');
  });

  it('entries sharing papers are ranked by how many they share', () => {
    const shared = catalog.challengesSharingPapers('SM12');
    expect(shared[0]!.item.id).toBe('CM12');
    for (let i = 1; i < shared.length; i++) {
      expect(shared[i - 1]!.papers.length).toBeGreaterThanOrEqual(shared[i]!.papers.length);
    }
  });
});
