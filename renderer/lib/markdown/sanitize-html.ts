// DOMPurify settings for rendered Markdown, and a sanitiser that fails closed where DOMPurify cannot run.
import DOMPurify, { type Config } from 'dompurify';
import { isSafeImage, isSafeLink } from './safe-urls.ts';

export const purifyConfig = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    's',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'alt', 'src', 'start', 'rel', 'class'],
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'svg', 'math'],
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:|#|data:image\/(?:png|gif|jpeg|webp)[;,]|blob:)/i,
} satisfies Config;

/** The parts of an element the hook touches, so it can be tested without a DOM. */
export type HardenedElement = Pick<Element, 'tagName' | 'getAttribute' | 'setAttribute' | 'removeAttribute'>;

/** The classes the Markdown renderer writes: citations, table alignment, a fenced block's language. */
const knownClass = /^(?:citation|align-(?:left|right|center)|language-[A-Za-z0-9_+-]{1,40})$/;

/** After DOMPurify: links keep only safe targets and never pass an opener or referrer; images only data:/blob:. */
export function hardenElement(el: HardenedElement): void {
  const tag = el.tagName.toLowerCase();
  const classes = el.getAttribute('class');
  if (classes !== null) {
    // Only the renderer's own classes: a record cannot borrow the app's styles (say, to hide text).
    const kept = classes.split(/\s+/).filter((c) => knownClass.test(c));
    if (kept.length > 0) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href !== null && !isSafeLink(href)) el.removeAttribute('href');
    if (el.getAttribute('href') !== null) el.setAttribute('rel', 'noopener noreferrer');
    else el.removeAttribute('rel');
  } else if (tag === 'img') {
    const src = el.getAttribute('src');
    if (src !== null && !isSafeImage(src)) el.removeAttribute('src');
  }
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

type Purifier = Pick<typeof DOMPurify, 'sanitize' | 'addHook' | 'isSupported'>;

/** A sanitiser over a DOMPurify instance; without a working DOMPurify it returns the input as escaped text. */
export function createSanitizer(purify: Purifier): (html: string) => string {
  // Outside a browser DOMPurify's default export has no sanitize(), whatever its types say.
  if (!purify.isSupported || typeof purify.sanitize !== 'function') return escapeHtml;
  purify.addHook('afterSanitizeAttributes', (node) => {
    if ('tagName' in node) hardenElement(node as Element);
  });
  return (html) => String(purify.sanitize(html, purifyConfig));
}

/**
 * An instance of DOMPurify of its own, bound to the page's window (in the renderer); fails closed anywhere else. Its
 * class-stripping hook must not reach the shared default instance, which mermaid sanitises its diagrams with.
 */
export const sanitizeHtml = createSanitizer(DOMPurify());
