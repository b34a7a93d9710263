// The stage map and the scalability triangle as the rows of their "show as table" equivalents.
import type { Catalog } from '../../../catalog/catalog.ts';
import type { StageMapData } from '../../lib/viz/stage-map/data.ts';
import type { TriangleData } from '../../lib/viz/triangle/layout.ts';
import type { TableLink, TableNode, TableRef } from './MapTable.svelte';

export interface MapTableRows {
  nodeHeading: string;
  nodes: TableNode[];
  links: TableLink[];
}

const ref =
  (catalog: Catalog) =>
  (id: string): TableRef => ({ id, name: catalog.stage.get(id)?.name ?? id });

export function stageTable(stages: StageMapData, catalog: Catalog): MapTableRows {
  const node = ref(catalog);
  return {
    nodeHeading: 'Stage',
    nodes: stages.stages.map((s) => ({ id: s.id, name: s.name, detail: String(s.challenges) })),
    links: [
      ...stages.links.map((l) => ({
        id: l.id,
        from: [node(l.from)],
        to: [node(l.to)],
        direction: l.bidirectional ? '↔ both ways' : '→ one way',
        title: l.title,
      })),
      ...(stages.loop
        ? [
            {
              id: stages.loop.id,
              from: stages.loop.from.map(node),
              to: stages.loop.to.map(node),
              direction: '↺ loops back (Repetitive maintenance)',
              title: stages.loop.name,
            },
          ]
        : []),
    ],
  };
}

export function triangleTable(triangle: TriangleData, catalog: Catalog): MapTableRows {
  const node = ref(catalog);
  return {
    nodeHeading: 'Area',
    nodes: triangle.areas.map((a) => ({ id: a.id, name: a.name, detail: `${a.challenges} scalability` })),
    links: triangle.links.map((l) => ({
      id: l.id,
      from: [node(l.from)],
      to: [node(l.to)],
      direction: l.bidirectional ? '↔ both ways' : '→ one way',
      title: l.title,
    })),
  };
}
