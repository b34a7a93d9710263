// Fenced ```mermaid blocks drawn as SVG in the preview: mermaid loaded only when a record has one, its output sanitised.
import DOMPurify from 'dompurify';

/** A fenced block whose info string starts with "mermaid" (``` or ~~~, up to three spaces in). */
const mermaidFence = /^ {0,3}(?:`{3,}|~{3,})[ \t]*mermaid(?:[ \t]|$)/m;

export function hasMermaid(markdown: string): boolean {
  return mermaidFence.test(markdown);
}

/**
 * The app's Content Security Policy allows no inline styles, so the SVG keeps no <style> element or style attribute
 * (the preview's stylesheet colours it by mermaid's classes) and no foreignObject (HTML labels); the SVG profile
 * drops scripts and event handlers.
 */
export const diagramPurifyConfig = {
  USE_PROFILES: { svg: true, svgFilters: true },
  FORBID_TAGS: ['style', 'foreignObject', 'script'],
  FORBID_ATTR: ['style'],
};

let diagrams = 0;

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
      const id = `mermaid-diagram-${++diagrams}`;
      const { svg } = await mermaid.render(id, code.textContent ?? '');
      const figure = document.createElement('figure');
      figure.className = 'mermaid-diagram';
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', `Diagram: ${(code.textContent ?? '').trim().split('\n')[0]}`);
      // An instance of its own: the Markdown sanitiser's hook would strip mermaid's classes, which its colours hang on.
      const purify = DOMPurify(window);
      figure.append(purify.sanitize(svg, { ...diagramPurifyConfig, RETURN_DOM_FRAGMENT: true }));
      pre.replaceWith(figure);
    } catch (error) {
      const note = document.createElement('p');
      note.className = 'diagram-error';
      note.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      pre.after(note);
    }
  }
}
