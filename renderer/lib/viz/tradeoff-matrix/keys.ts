// Keyboard movement across the matrix grid: arrows step, Home/End jump within a row, Ctrl+Home/End to the corners.

export interface GridPos {
  r: number;
  c: number;
}

/** Where a key moves the focus in a grid of `rows` × `cols`; null for keys that do not move it. */
export function moveInGrid(pos: GridPos, key: string, rows: number, cols: number, ctrl = false): GridPos | null {
  if (rows === 0 || cols === 0) return null;
  const at = (r: number, c: number) => ({
    r: Math.min(rows - 1, Math.max(0, r)),
    c: Math.min(cols - 1, Math.max(0, c)),
  });
  switch (key) {
    case 'ArrowUp':
      return at(pos.r - 1, pos.c);
    case 'ArrowDown':
      return at(pos.r + 1, pos.c);
    case 'ArrowLeft':
      return at(pos.r, pos.c - 1);
    case 'ArrowRight':
      return at(pos.r, pos.c + 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(pos.r, 0);
    case 'End':
      return ctrl ? at(rows - 1, cols - 1) : at(pos.r, cols - 1);
    default:
      return null;
  }
}
