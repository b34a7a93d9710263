// The sidebar's sections, in order; Ctrl/Cmd+1…4 jump to them.
import type { Route } from './routes.ts';

export interface Section {
  id: Route['section'];
  label: string;
  icon: string;
  route: Route;
}

export const sections: Section[] = [
  {
    id: 'catalog',
    label: 'Catalogue',
    icon: '☰',
    route: { section: 'catalog', browse: 'kind', group: 'challenge', id: null },
  },
  { id: 'maps', label: 'Maps', icon: '◈', route: { section: 'maps', map: 'stages', id: null } },
  { id: 'tradeoffs', label: 'Tradeoffs', icon: '⚖', route: { section: 'tradeoffs', view: 'matrix', id: null } },
  { id: 'decisions', label: 'Decisions', icon: '✎', route: { section: 'decisions', id: null } },
];
