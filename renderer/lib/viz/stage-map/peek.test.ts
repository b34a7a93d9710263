import { it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { stageMapData } from './data.ts';
import { layoutStageMap } from './layout.ts';
it('peek', () => {
  const d = stageMapData(catalog);
  console.log(JSON.stringify(d.areas), d.stages.map(s=>s.id+':'+s.challenges).join(' '));
  const l = layoutStageMap(d, { width: 745, height: 640 });
  console.log(JSON.stringify(l, null, 0).replace(/\},\{/g, '},\n{'));
});
