// Saves edits still waiting in the renderer before the window closes or the page unloads.

declare global {
  interface Window {
    /** Called by the Electron main process before it closes the window. */
    __atlasFlush?: () => Promise<void>;
  }
}

/** Whatever holds edits not yet saved. */
export interface Flushable {
  readonly unsaved: boolean;
  flush(): Promise<void>;
}

export function installExitFlush(edits: Flushable): void {
  window.__atlasFlush = () => edits.flush();
  // In a browser tab (web host): start the save, and ask the browser to confirm leaving while it is under way.
  window.addEventListener('beforeunload', (event) => {
    if (!edits.unsaved) return;
    void edits.flush();
    event.preventDefault();
  });
}
