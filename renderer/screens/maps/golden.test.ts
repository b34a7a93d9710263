// SVG goldens of both maps as Svelte renders them: the marks, markers, titles and accessible names in one reviewable file each.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { catalog } from '../../../catalog/index.ts';
import { stageMapData } from '../../lib/viz/stage-map/data.ts';
import { layoutStageMap } from '../../lib/viz/stage-map/layout.ts';
import { triangleData } from '../../lib/viz/triangle/data.ts';
import { layoutTriangle } from '../../lib/viz/triangle/layout.ts';
import ScalabilityTriangle from './ScalabilityTriangle.svelte';
import StageMap from './StageMap.svelte';

/** Server markup without Svelte's hydration comments and scoping classes, one element per line. */
const tidy = (html: string) =>
  html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+/g, '')
    .replace(/></g, '>\n<');

describe('map goldens', () => {
  it('renders the stage map with IM07 selected', async () => {
    const layout = layoutStageMap(stageMapData(catalog), { width: 745, height: 700 });
    const { body } = render(StageMap, { props: { layout, selected: 'IM07', onselect: () => {} } });
    expect(body).toContain('aria-labelledby="stage-map-title"');
    expect(body.match(/tabindex="0"/g)).toHaveLength(11 + 13 + 1);
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/stage-map.svg');
  });

  it('renders the scalability triangle with nothing selected', async () => {
    const layout = layoutTriangle(triangleData(catalog), { width: 745, height: 700 });
    const { body } = render(ScalabilityTriangle, { props: { layout, selected: null, onselect: () => {} } });
    expect(body.match(/role="button"/g)).toHaveLength(6);
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/triangle.svg');
  });
});
