// Which lines of two versions of a file the other lacks, for showing them side by side in the conflict view.

export interface MarkedLine {
  text: string;
  /** True where the other version does not have this line here. */
  changed: boolean;
}

/** Longest common subsequence is quadratic: beyond this many cells the middle is marked changed as a whole. */
const maxCells = 4_000_000;

function commonMiddle(a: readonly string[], b: readonly string[]): [boolean[], boolean[]] {
  const keepA = a.map(() => false);
  const keepB = b.map(() => false);
  if (a.length * b.length > maxCells) return [keepA, keepB];
  // lengths[i][j]: LCS of a[i..] and b[j..], as one typed array row per i.
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return [keepA, keepB];
}

/** Both versions line by line, each line marked when the other version does not share it. */
export function markChangedLines(left: string, right: string): [MarkedLine[], MarkedLine[]] {
  const a = left.split('\n');
  const b = right.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [keepA, keepB] = commonMiddle(a.slice(start, a.length - end), b.slice(start, b.length - end));
  const mark = (lines: string[], keep: boolean[]) =>
    lines.map((text, i) => ({ text, changed: i >= start && i < lines.length - end && !keep[i - start] }));
  return [mark(a, keepA), mark(b, keepB)];
}
