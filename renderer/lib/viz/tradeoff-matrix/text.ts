// Text measurement for the matrix layout without a DOM: a generous per-character width, word wrap and ellipsis.

/** Estimated width of text in the UI font; 0.6 em per character overestimates system-ui, so labels never collide. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

/** Wraps text into at most `maxLines` lines of at most `maxWidth`; what does not fit ends in an ellipsis. */
export function fitLines(text: string, maxWidth: number, maxLines: number, fontSize: number): string[] {
  const maxChars = Math.max(2, Math.floor(maxWidth / (fontSize * 0.6)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  if (lines.length > maxLines) {
    const last = kept.at(-1) ?? '';
    kept[kept.length - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1) : last}…`;
  }
  return kept;
}
