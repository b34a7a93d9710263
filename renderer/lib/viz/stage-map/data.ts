// The stage map's input from the catalogue: the stages the maintainability interdependencies join, the arrows and the loop.
import type { Catalog } from '../../../../catalog/catalog.ts';

export interface MapStage {
  id: string;
  name: string;
  area: string;
  order: number;
  challenges: number;
}
export interface MapLink {
  id: string;
  from: string;
  to: string;
  bidirectional: boolean;
  title: string;
}
export interface MapLoop {
  id: string;
  name: string;
  from: string[];
  to: string[];
}
export interface StageMapData {
  /** Areas in band order, each with the label its band shows. */
  areas: { area: string; label: string }[];
  stages: MapStage[];
  links: MapLink[];
  loop: MapLoop | null;
}

export function stageMapData(catalog: Catalog): StageMapData {
  const links = catalog.data.interdependencies.filter((i) => i.kind === 'maintainability');
  const used = new Set(links.flatMap((l) => [l.from, l.to]));
  const stages = catalog.data.stages.filter((s) => s.kind === 'stage' && used.has(s.id));
  const areas = catalog.data.stages
    .filter((s) => s.kind === 'area' && stages.some((st) => st.area === s.area))
    .sort((a, b) => a.order - b.order)
    .map((a) => ({ area: a.area, label: a.name.charAt(0) + a.name.slice(1).toLowerCase() }));
  const loop = catalog.data.antiPatterns.find((a) => a.id === 'repetitive-maintenance');
  return {
    areas,
    stages: stages.map((s) => ({
      id: s.id,
      name: s.name,
      area: s.area,
      order: s.order,
      challenges: catalog.challengesOf(s.id).length,
    })),
    links: links.map((l) => ({ id: l.id, from: l.from, to: l.to, bidirectional: l.bidirectional, title: l.title })),
    loop: loop ? { id: loop.id, name: loop.name, from: loop.from, to: loop.to } : null,
  };
}
