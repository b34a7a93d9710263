// Moving the keyboard focus over the graph's nodes: arrow keys go to the nearest node that way, falling back to
// the next or previous node in reading order; Home and End go to the first and last.

export interface Point {
  id: string;
  x: number;
  y: number;
}

const directions: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** The node a key moves to from `fromId` (nodes in reading order), or null for a key that moves nothing. */
export function nextNode(nodes: readonly Point[], fromId: string, key: string): string | null {
  if (nodes.length === 0) return null;
  if (key === 'Home') return nodes[0]!.id;
  if (key === 'End') return nodes.at(-1)!.id;
  const dir = directions[key];
  if (!dir) return null;
  const index = nodes.findIndex((n) => n.id === fromId);
  const from = nodes[index];
  if (!from) return nodes[0]!.id;
  let best: { id: string; score: number } | null = null;
  for (const n of nodes) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * dir[0] + dy * dir[1];
    if (n.id === from.id || along <= 0) continue;
    // Straight ahead beats off to the side: sideways distance counts double.
    const score = along + 2 * Math.abs(dx * dir[1] - dy * dir[0]);
    if (best === null || score < best.score) best = { id: n.id, score };
  }
  if (best) return best.id;
  const forward = dir[0] + dir[1] > 0;
  return nodes[Math.min(nodes.length - 1, Math.max(0, index + (forward ? 1 : -1)))]!.id;
}
