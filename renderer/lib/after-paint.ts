// Work that must not hold up what the page is about to show: it runs once the next frame has been painted.

/** A frame late at most this long (a tab in the background gets no frames) lets the work run anyway. */
const latestMs = 250;

export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A timer set in a frame's callback runs after that frame is painted; where there are no frames, the timer alone.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, typeof requestAnimationFrame === 'function' ? latestMs : 0);
  });
}
