// Work done while the page is idle, in slices that stop before the next frame is due (requestIdleCallback where the
// page has it; elsewhere a timer with a short budget).

/** How much of an idle period is left, as requestIdleCallback's deadline says. */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type WhenIdle = (work: (deadline: IdleDeadline) => void) => void;

/** A slice stops with this much of the idle period left, so the frame after it is not late. */
const sliceMarginMs = 2;

export const browserIdle: WhenIdle = (work) => {
  // A page kept busy (a user typing at once, a slow machine) still gets the work done soon, a step at a time.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 100 });
  else setTimeout(() => work({ timeRemaining: () => 8 }), 0);
};

/**
 * Runs `step` (a few milliseconds' work, answering whether more is left) while the page is idle: at least one step per
 * slice, so it ends even on a page that is never idle, and more while the idle period lasts.
 */
export function inIdleSlices(step: () => boolean, whenIdle: WhenIdle = browserIdle): void {
  const slice = (deadline: IdleDeadline) => {
    let more: boolean;
    do more = step();
    while (more && deadline.timeRemaining() > sliceMarginMs);
    if (more) whenIdle(slice);
  };
  whenIdle(slice);
}
