// Renders one decision in the chosen dialect.
import type { Decision } from '../decision.ts';
import type { AdrFormat, RenderContext } from './types.ts';
import { renderMadr } from './render-madr.ts';
import { renderAdrTools } from './render-adr-tools.ts';
import { renderLog4brains } from './render-log4brains.ts';

const renderers: Record<AdrFormat, (d: Decision, ctx: RenderContext) => string> = {
  madr: renderMadr,
  'adr-tools': renderAdrTools,
  log4brains: renderLog4brains,
};

export function renderAdr(d: Decision, format: AdrFormat, ctx: RenderContext): string {
  return renderers[format](d, ctx);
}
