// Finds catalogue ids (CM12, LR116, T6 …) in running text so they can be rendered as links.
export interface TextPart {
  text: string;
  id: string | null;
}

const idPattern =
  /\b(C[MS]\d{2}|S[MS]\d{2}|I[MS]\d{2}|ST\d{2}|G[MS][1-8]|RQ\d{1,2}|LR\s?\d{1,3}(?:\s?,\s?\d{1,3}\b)*|T[1-6])\b/g;

/**
 * Splits text around ids that `exists` confirms. The paper writes "LR 36" for LR36 and
 * "[LR6,18, 20]" for LR6, LR18 and LR20, so each number of such a list becomes its own link.
 */
export function linkify(text: string, exists: (id: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (from: number, to: number, id: string | null) => {
    if (to > from) parts.push({ text: text.slice(from, to), id });
  };
  for (const m of text.matchAll(idPattern)) {
    const pieces = m[0].startsWith('LR') ? [...m[0].matchAll(/\d{1,3}/g)] : null;
    if (!pieces) {
      if (!exists(m[0])) continue;
      push(last, m.index, null);
      push(m.index, m.index + m[0].length, m[0]);
      last = m.index + m[0].length;
      continue;
    }
    pieces.forEach((p, i) => {
      const id = `LR${p[0]}`;
      // The first link covers "LR", so "LR6" reads as one link; later ones cover just their number.
      const start = m.index + (i === 0 ? 0 : p.index);
      const end = m.index + p.index + p[0].length;
      if (!exists(id)) return;
      push(last, start, null);
      push(start, end, id);
      last = end;
    });
  }
  push(last, text.length, null);
  return parts;
}
