// Where focus goes when something that took it (a dialog, the palette) closes: back to its opener, or to the screen.
import { tick } from 'svelte';

/** When focus has fallen to the page body (its element was removed), puts it on the main content instead. */
export function rescueFocus(): void {
  if (document.activeElement === null || document.activeElement === document.body)
    document.getElementById('main-content')?.focus({ preventScroll: true });
}

/**
 * Remembers the focused element now; the returned function, called on close, focuses it again at once, and once the
 * DOM has settled puts focus on the main content if it fell to the page body (the opener removed by a command that
 * changed screens, an empty state that filled) — never the body, where a keyboard user would start over.
 */
export function rememberFocus(): () => Promise<void> {
  const opener = document.activeElement;
  return async () => {
    // Back to the opener at once, before anything else moves focus (a dialog's own "back to the field" step).
    if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
    // A command may have changed the route: hashchange arrives as its own task, and the screen renders after it,
    // removing the opener; whatever the action focused itself stays, and only a fall to the body is caught.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
    rescueFocus();
  };
}
