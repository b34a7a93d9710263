// A unified diff (git diff) as marked lines, read by its hunk headers so a removed "---" line is not a file header.

export type DiffLineKind = 'file' | 'hunk' | 'added' | 'removed' | 'context';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

const hunkHeader = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

export function diffLines(diff: string): DiffLine[] {
  const lines = diff.replace(/\n$/, '').split('\n');
  const out: DiffLine[] = [];
  let oldLeft = 0;
  let newLeft = 0;
  for (const text of lines) {
    const hunk = hunkHeader.exec(text);
    if (oldLeft + newLeft === 0 || hunk) {
      out.push({ kind: hunk ? 'hunk' : 'file', text });
      if (hunk) [oldLeft, newLeft] = [Number(hunk[1] ?? 1), Number(hunk[2] ?? 1)];
      continue;
    }
    // "\ No newline at end of file" belongs to the line before it and counts for neither side.
    const kind: DiffLineKind = text.startsWith('+')
      ? 'added'
      : text.startsWith('-')
        ? 'removed'
        : text.startsWith('\\')
          ? 'file'
          : 'context';
    if (kind !== 'added' && kind !== 'file') oldLeft--;
    if (kind !== 'removed' && kind !== 'file') newLeft--;
    out.push({ kind, text });
  }
  return out;
}

/** How many lines a diff adds and removes. */
export function diffCounts(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.kind === 'added').length,
    removed: lines.filter((l) => l.kind === 'removed').length,
  };
}
