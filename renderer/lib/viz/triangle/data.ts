// The scalability triangle's input from the catalogue: the three areas with their scalability challenges and the IS interdependencies.
import type { Catalog } from '../../../../catalog/catalog.ts';
import type { TriangleData } from './layout.ts';

export function triangleData(catalog: Catalog): TriangleData {
  const areas = catalog.data.stages.filter((s) => s.kind === 'area').sort((a, b) => a.order - b.order);
  return {
    areas: areas.map((a) => ({
      id: a.id,
      name: a.name,
      challenges: catalog.challengesOf(a.id).filter((c) => c.kind === 'scalability').length,
    })),
    links: catalog.data.interdependencies
      .filter((i) => i.kind === 'scalability')
      .map((l) => ({ id: l.id, from: l.from, to: l.to, bidirectional: l.bidirectional, title: l.title })),
  };
}
