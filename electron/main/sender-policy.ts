// Who may call the API over IPC: only our own window's top frame, showing a page from app://atlas.
export interface SenderFacts {
  /** The calling WebContents is the main window's. */
  fromOurWindow: boolean;
  /** The calling frame is that window's top frame (not an iframe). */
  fromMainFrame: boolean;
  /** URL of the calling frame; null when the frame is gone. */
  frameUrl: string | null;
}

export function isTrustedSender(facts: SenderFacts, appOrigin: string): boolean {
  if (!facts.fromOurWindow || !facts.fromMainFrame || facts.frameUrl === null) return false;
  try {
    return new URL(facts.frameUrl).origin === appOrigin;
  } catch {
    return false;
  }
}
