// Reading git's unified diff into marked lines.
import { describe, expect, it } from 'vitest';
import { diffCounts, diffLines } from './diff-lines.ts';

const diff = `diff --git a/0001-a.md b/0001-a.md
index 1111111..2222222 100644
--- a/0001-a.md
+++ b/0001-a.md
@@ -1,4 +1,4 @@
 # 1. A
 
--- a list item that starts with dashes
+Accepted
 end
@@ -9 +9,2 @@
-old
+new
+more
`;

describe('diffLines', () => {
  it('marks headers, hunks, added, removed and context lines, counting each hunk', () => {
    const kinds = diffLines(diff).map((l) => l.kind);
    expect(kinds).toEqual([
      'file',
      'file',
      'file',
      'file',
      'hunk',
      'context',
      'context',
      'removed',
      'added',
      'context',
      'hunk',
      'removed',
      'added',
      'added',
    ]);
    expect(diffCounts(diffLines(diff))).toEqual({ added: 3, removed: 2 });
  });

  it('reads an empty diff as no lines of change', () => {
    expect(diffCounts(diffLines(''))).toEqual({ added: 0, removed: 0 });
  });
});
