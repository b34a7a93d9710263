// Lets a library that writes inline styles run under a CSP without 'unsafe-inline' for styles, silently and intact.
//
// The CSP refuses (and logs) a style attribute set with setAttribute, a <style> element put into the page, and a
// style attribute in markup parsed later (DOMPurify parses a string in a document that shares the page's CSP), but
// it does not govern the CSSOM or a copy made by cloning. While `draw` runs:
// - a style attribute is written through `element.style`;
// - a <style> element the library creates is an inert element of no namespace the browser styles by (the app's own
//   stylesheet styles the result by class instead);
// - the markup of the element the library serialises (by `innerHTML`) is read off a clone whose style attributes
//   are moved to `data-style`, from where `applyDiagramStyle` puts them back through the CSSOM.

import { inlinedProperties } from '../viz/export-image.ts';

const inertNamespace = 'urn:tradeoff-atlas:inert-style';
const svgNamespace = 'http://www.w3.org/2000/svg';
export const movedStyleAttribute = 'data-style';

/** Runs `draw` with inline styles routed through the CSSOM; `serialisedId` names the element read by innerHTML. */
export async function withStylesThroughCssom<T>(
  doc: Document,
  serialisedId: string,
  draw: () => Promise<T>,
): Promise<T> {
  const view = doc.defaultView!;
  const elementProto = view.Element.prototype;
  const documentProto = view.Document.prototype;
  const { setAttribute } = elementProto;
  const { createElement, createElementNS } = documentProto;
  const innerHtml = Object.getOwnPropertyDescriptor(elementProto, 'innerHTML')!;
  elementProto.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && 'style' in this) (this as HTMLElement).style.cssText = String(value);
    else setAttribute.call(this, name, value);
  };
  documentProto.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    return tag.toLowerCase() === 'style'
      ? createElementNS.call(this, inertNamespace, 'style')
      : (Reflect.apply(createElement, this, [tag, options]) as HTMLElement);
  } as Document['createElement'];
  documentProto.createElementNS = function (this: Document, ns: string | null, name: string) {
    return createElementNS.call(this, ns === svgNamespace && name === 'style' ? inertNamespace : ns, name);
  } as Document['createElementNS'];
  Object.defineProperty(elementProto, 'innerHTML', {
    ...innerHtml,
    get(this: Element) {
      if (this.id !== serialisedId) return innerHtml.get!.call(this) as string;
      const copy = this.cloneNode(true) as Element;
      for (const style of copy.querySelectorAll('style')) style.remove();
      for (const styled of copy.querySelectorAll('[style]')) {
        setAttribute.call(styled, movedStyleAttribute, styled.getAttribute('style')!);
        styled.removeAttribute('style');
      }
      return innerHtml.get!.call(copy) as string;
    },
  });
  try {
    return await draw();
  } finally {
    elementProto.setAttribute = setAttribute;
    documentProto.createElement = createElement;
    documentProto.createElementNS = createElementNS;
    Object.defineProperty(elementProto, 'innerHTML', innerHtml);
  }
}

/** Presentation a diagram may set on its own marks: what a chart's export carries, less what could hide text. */
const diagramProperties: ReadonlySet<string> = new Set(
  inlinedProperties.filter((property) => property !== 'opacity' && property !== 'visibility'),
);

/** Applies a style the sanitiser set aside through the CSSOM, keeping only the diagram's presentation properties. */
export function applyDiagramStyle(element: SVGElement | HTMLElement, cssText: string): void {
  const scratch = element.ownerDocument.createElement('div').style;
  scratch.cssText = cssText;
  for (const property of Array.from(scratch)) {
    const value = scratch.getPropertyValue(property);
    if (diagramProperties.has(property) && !/url\(/i.test(value))
      element.style.setProperty(property, value, scratch.getPropertyPriority(property));
  }
}
