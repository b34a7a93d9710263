// Finds catalogue ids (CM12, LR116, T6 …) in running text so they can be rendered as links.
export interface TextPart {
  text: string;
  id: string | null;
}

const idPattern = /\b(C[MS]\d{2}|S[MS]\d{2}|I[MS]\d{2}|ST\d{2}|G[MS][1-8]|RQ\d{1,2}|LR\s?\d{1,3}|T[1-6])\b/g;

/** Splits text around ids that `exists` confirms; "LR 36" is read as LR36, as the paper sometimes prints it. */
export function linkify(text: string, exists: (id: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(idPattern)) {
    const id = m[0].replace(/\s/, '');
    if (!exists(id)) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), id: null });
    parts.push({ text: m[0], id });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), id: null });
  return parts;
}
