// Idle slices: more steps while the idle period lasts, at least one per slice when it never does.
import { describe, expect, it } from 'vitest';
import { inIdleSlices, type IdleDeadline } from './when-idle.ts';

function slicesWith(msLeft: () => number) {
  const queued: ((deadline: IdleDeadline) => void)[] = [];
  let slices = 0;
  const whenIdle = (work: (deadline: IdleDeadline) => void) => void queued.push(work);
  const runAll = () => {
    while (queued.length > 0) {
      slices++;
      queued.shift()!({ timeRemaining: msLeft });
    }
    return slices;
  };
  return { whenIdle, runAll };
}

describe('inIdleSlices', () => {
  it('takes one step per slice on a page that is never idle, and stops when the work is done', () => {
    let left = 5;
    const idle = slicesWith(() => 0);
    inIdleSlices(() => --left > 0, idle.whenIdle);
    expect(idle.runAll()).toBe(5);
    expect(left).toBe(0);
  });

  it('takes as many steps as the idle period allows', () => {
    let left = 5;
    let budget = 3;
    const idle = slicesWith(() => (budget-- > 0 ? 10 : 0));
    inIdleSlices(() => --left > 0, idle.whenIdle);
    expect(idle.runAll()).toBe(2);
    expect(left).toBe(0);
  });
});
