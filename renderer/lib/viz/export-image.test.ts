// Chart export: computed styles become attributes (no classes or CSS variables left), the file stands alone, names are safe.
import { describe, expect, it } from 'vitest';
import { exportFileName, inlineStyles, standaloneSvg, type StylableNode } from './export-image.ts';

class FakeNode implements StylableNode {
  attrs = new Map<string, string>();
  constructor(
    readonly name: string,
    readonly style: Record<string, string>,
    readonly children: FakeNode[] = [],
  ) {
    this.attrs.set('class', 'svelte-x node');
    this.attrs.set('tabindex', '0');
  }
  setAttribute(name: string, value: string) {
    this.attrs.set(name, value);
  }
  removeAttribute(name: string) {
    this.attrs.delete(name);
  }
  clone(): FakeNode {
    return new FakeNode(
      this.name,
      {},
      this.children.map((c) => c.clone()),
    );
  }
}
const read = (n: FakeNode) => ({ getPropertyValue: (p: string) => n.style[p] ?? '' });

describe('export image', () => {
  it('copies each element’s computed colours and fonts onto its clone and drops classes and tab stops', () => {
    const source = new FakeNode('svg', { 'font-family': 'system-ui' }, [
      new FakeNode('rect', { fill: 'rgb(255, 255, 255)', stroke: 'rgb(91, 100, 117)', 'stroke-width': '1.2px' }),
      new FakeNode('g', {}, [
        new FakeNode('text', { fill: 'rgb(29, 35, 48)', 'font-size': '12px', 'text-anchor': 'middle' }),
      ]),
    ]);
    const clone = source.clone();
    inlineStyles(source, clone, read);
    const [rect, g] = clone.children;
    expect(Object.fromEntries(rect!.attrs)).toEqual({
      fill: 'rgb(255, 255, 255)',
      stroke: 'rgb(91, 100, 117)',
      'stroke-width': '1.2px',
    });
    expect(Object.fromEntries(g!.children[0]!.attrs)).toEqual({
      fill: 'rgb(29, 35, 48)',
      'font-size': '12px',
      'text-anchor': 'middle',
    });
    expect(clone.attrs.get('font-family')).toBe('system-ui');
    expect(clone.attrs.has('class')).toBe(false);
    // The source is left as it was.
    expect(source.children[0]!.attrs.get('class')).toBe('svelte-x node');
  });

  it('makes serialised SVG standalone: declaration, namespace, background first', () => {
    const out = standaloneSvg('<svg width="10" height="10"><path d="M0,0"/></svg>', 'rgb(22, 25, 31)');
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
        '<rect width="100%" height="100%" fill="rgb(22, 25, 31)"/><path d="M0,0"/></svg>\n',
    );
    expect(standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', '#fff').match(/xmlns=/g)).toHaveLength(1);
    expect(() => standaloneSvg('<div></div>', '#fff')).toThrow(/not an <svg>/);
  });

  it('names files by chart and local date, as safe slugs', () => {
    const day = new Date(2025, 0, 9, 23, 30);
    expect(exportFileName('Stage interdependencies', 'svg', day)).toBe(
      'tradeoff-atlas-stage-interdependencies-2025-01-09.svg',
    );
    expect(exportFileName('../Scalability / triangle', 'png', day)).toBe(
      'tradeoff-atlas-scalability-triangle-2025-01-09.png',
    );
    expect(exportFileName('…', 'png', day)).toBe('tradeoff-atlas-chart-2025-01-09.png');
  });
});
