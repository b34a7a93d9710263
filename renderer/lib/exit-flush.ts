// Saves edits still waiting in the renderer before the window closes or the page unloads.
import { analyses } from './state/analyses.svelte.ts';
import { decisions } from './state/decisions.svelte.ts';

declare global {
  interface Window {
    /** Called by the Electron main process before it closes the window. */
    __atlasFlush?: () => Promise<void>;
  }
}

const flushAll = async () => {
  await Promise.all([decisions.flush(), analyses.flush()]);
};

export function installExitFlush(): void {
  window.__atlasFlush = flushAll;
  // In a browser tab (web host): start the save, and ask the browser to confirm leaving while it is under way.
  window.addEventListener('beforeunload', (event) => {
    if (!decisions.autosave.unsaved && !analyses.unsaved) return;
    void flushAll();
    event.preventDefault();
  });
}
