// Tests of keyboard movement in the matrix grid.
import { describe, expect, it } from 'vitest';
import { moveInGrid } from './keys.ts';

describe('moveInGrid', () => {
  it('steps with the arrows and stops at the edges', () => {
    expect(moveInGrid({ r: 1, c: 1 }, 'ArrowRight', 6, 10)).toEqual({ r: 1, c: 2 });
    expect(moveInGrid({ r: 1, c: 1 }, 'ArrowUp', 6, 10)).toEqual({ r: 0, c: 1 });
    expect(moveInGrid({ r: 0, c: 0 }, 'ArrowLeft', 6, 10)).toEqual({ r: 0, c: 0 });
    expect(moveInGrid({ r: 5, c: 9 }, 'ArrowDown', 6, 10)).toEqual({ r: 5, c: 9 });
  });
  it('jumps to the ends of a row, or to the corners with Ctrl', () => {
    expect(moveInGrid({ r: 2, c: 4 }, 'Home', 6, 10)).toEqual({ r: 2, c: 0 });
    expect(moveInGrid({ r: 2, c: 4 }, 'End', 6, 10)).toEqual({ r: 2, c: 9 });
    expect(moveInGrid({ r: 2, c: 4 }, 'End', 6, 10, true)).toEqual({ r: 5, c: 9 });
  });
  it('ignores other keys and empty grids, and pulls a stale position back inside', () => {
    expect(moveInGrid({ r: 0, c: 0 }, 'a', 6, 10)).toBeNull();
    expect(moveInGrid({ r: 0, c: 0 }, 'ArrowRight', 6, 0)).toBeNull();
    expect(moveInGrid({ r: 3, c: 40 }, 'ArrowUp', 6, 10)).toEqual({ r: 2, c: 9 });
  });
});
