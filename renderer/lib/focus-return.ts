// Where focus goes when something that took it (a dialog, the palette) closes: back to its opener, or to the screen.
import { tick } from 'svelte';

/**
 * Remembers the focused element now; the returned function, called on close, focuses it again once the DOM has
 * settled — or the main content when the opener is gone (a command that changed screens, an empty state that filled).
 * Never the page body, where a keyboard user would start over from the top.
 */
/** When focus has fallen to the page body (its element was removed), puts it on the main content instead. */
export function rescueFocus(): void {
  if (document.activeElement === null || document.activeElement === document.body)
    document.getElementById('main-content')?.focus({ preventScroll: true });
}

export function rememberFocus(): () => Promise<void> {
  const opener = document.activeElement;
  return async () => {
    // A command may have changed the route: hashchange arrives as its own task, and the screen renders after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
    if (document.activeElement && document.activeElement !== document.body) return; // the action placed focus itself
    const target =
      opener instanceof HTMLElement && opener !== document.body && opener.isConnected
        ? opener
        : document.getElementById('main-content');
    target?.focus();
  };
}
