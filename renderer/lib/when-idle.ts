// Work done while the page is idle, in slices that stop before the next frame is due (requestIdleCallback where the
// page has it; elsewhere a timer with a short budget).

/** How much of an idle period is left, as requestIdleCallback's deadline says. */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type WhenIdle = (work: (deadline: IdleDeadline) => void) => void;

/** A slice stops with this much of the idle period left, so the frame after it is not late. */
export const sliceMarginMs = 2;

export const browserIdle: WhenIdle = (work) => {
  // The timeout bounds the wait on a page that is never idle: the work is still wanted soon.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(() => work({ timeRemaining: () => 8 }), 0);
};
