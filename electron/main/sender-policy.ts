// Who may call the API over IPC: only our own window's top frame, showing a page from app://atlas.
export interface SenderFacts {
  /** The calling WebContents is the main window's. */
  fromOurWindow: boolean;
  /** The calling frame is that window's top frame (not an iframe). */
  fromMainFrame: boolean;
  /** URL of the calling frame; null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * Compares scheme and host rather than URL.origin: Node's URL gives "null" as the origin of any
 * scheme it does not know, app:// included, so an origin comparison would refuse everything.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appOrigin);
    return u.protocol === app.protocol && u.host === app.host && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export function isTrustedSender(facts: SenderFacts, appOrigin: string): boolean {
  if (!facts.fromOurWindow || !facts.fromMainFrame || facts.frameUrl === null) return false;
  return isAppUrl(facts.frameUrl, appOrigin);
}
