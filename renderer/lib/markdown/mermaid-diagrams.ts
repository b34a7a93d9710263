// Fenced ```mermaid blocks drawn as SVG in the preview: mermaid loaded only when a record has one, its output sanitised.
import DOMPurify from 'dompurify';
import { applyDiagramStyle, movedStyleAttribute, withStylesThroughCssom } from './styles-through-cssom.ts';

/** A fenced block whose info string starts with "mermaid" (``` or ~~~, up to three spaces in). */
const mermaidFence = /^ {0,3}(?:`{3,}|~{3,})[ \t]*mermaid(?:[ \t]|$)/m;

export function hasMermaid(markdown: string): boolean {
  return mermaidFence.test(markdown);
}

/**
 * The app's Content Security Policy allows no inline styles, so the SVG keeps no <style> element or style attribute
 * (the preview's stylesheet colours it by mermaid's classes; a mark's own style is put back through the CSSOM) and no
 * foreignObject (HTML labels); the SVG profile drops scripts and event handlers.
 */
export const diagramPurifyConfig = {
  USE_PROFILES: { svg: true, svgFilters: true },
  FORBID_TAGS: ['style', 'foreignObject', 'script'],
  FORBID_ATTR: ['style'],
};

let diagrams = 0;

/** mermaid's SVG sanitised, each mark's own style put back through the CSSOM once the SVG is in the page. */
function sanitizedDiagram(svg: string): { fragment: DocumentFragment; restyle: () => void } {
  // An instance of its own, so no other sanitiser's hook (the Markdown one keeps only its own classes) reaches it.
  const purify = DOMPurify(window);
  const styles: [Element, string][] = [];
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === movedStyleAttribute) styles.push([node, data.attrValue]);
  });
  const fragment = purify.sanitize(svg, { ...diagramPurifyConfig, RETURN_DOM_FRAGMENT: true });
  const restyle = () => {
    for (const [element, css] of styles)
      if (element.isConnected && (element instanceof SVGElement || element instanceof HTMLElement))
        applyDiagramStyle(element, css);
  };
  return { fragment, restyle };
}

/** Replaces each rendered mermaid code block under `root` by its diagram; one that cannot be drawn stays as code. */
export async function drawMermaidBlocks(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('pre > code.language-mermaid')];
  if (blocks.length === 0) return;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'neutral',
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  });
  for (const code of blocks) {
    const pre = code.parentElement!;
    if (!pre.isConnected) continue;
    try {
      // mermaid draws into a temporary <div id="d{id}"> and serialises it.
      const id = `mermaid-diagram-${++diagrams}`;
      const source = code.textContent ?? '';
      const { svg } = await withStylesThroughCssom(document, `d${id}`, () => mermaid.render(id, source));
      const figure = document.createElement('figure');
      figure.className = 'mermaid-diagram';
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', `Diagram: ${source.trim().split('\n')[0]}`);
      const { fragment, restyle } = sanitizedDiagram(svg);
      figure.append(fragment);
      pre.replaceWith(figure);
      restyle();
    } catch (error) {
      const note = document.createElement('p');
      note.className = 'diagram-error';
      note.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      pre.after(note);
    }
  }
}
