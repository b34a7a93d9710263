// Which URLs rendered Markdown may keep: links to the web, mail and anchors; images only from data: or blob:.

const linkUrl = /^(?:https?:\/\/|mailto:|#)/i;
const imageUrl = /^(?:data:image\/(?:png|gif|jpeg|webp)[;,]|blob:)/i;
/** A scheme is letters, digits, "+", "-" or "." before a colon, before any "/", "?" or "#". */
const scheme = /^\s*([a-z][a-z0-9+.-]*):/i;

export function isSafeLink(url: string): boolean {
  return linkUrl.test(url.trim());
}

export function isSafeImage(url: string): boolean {
  return imageUrl.test(url.trim());
}

/** Relative links (e.g. another ADR file) are kept as text without a target; anything with another scheme is dropped. */
export function isRelative(url: string): boolean {
  return !scheme.test(url) && !/^\s*\/\//.test(url);
}
