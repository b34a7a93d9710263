// A link that leaves the app: shown with its full address, opened in the browser only when the user says so.

/** What the confirmation dialog says: the address in full, so a misleading link text cannot hide where it goes. */
export interface ExternalLinkPrompt {
  message: string;
  detail: string;
  buttons: [string, string];
  /** The button Enter presses and Esc does not: Cancel. */
  defaultId: 1;
  cancelId: 1;
}

export interface ExternalLinkDeps {
  /** Shows the prompt; resolves with the index of the button pressed. */
  ask(prompt: ExternalLinkPrompt): Promise<number>;
  /** Opens the address in the user's browser. */
  open(url: string): Promise<void>;
}

export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused';

/** Only web addresses go to the browser: file:, javascript:, custom schemes and the like are refused unasked. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function externalLinkPrompt(url: string): ExternalLinkPrompt {
  return {
    message: 'Open this address in your browser?',
    detail: `${url}\n\nThe link leaves Tradeoff Atlas.`,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
}

/** Asks, then opens: nothing reaches the browser that the user did not see and accept. */
export async function openExternalLink(url: string, deps: ExternalLinkDeps): Promise<ExternalLinkOutcome> {
  if (!isWebAddress(url)) return 'refused';
  if ((await deps.ask(externalLinkPrompt(url))) !== 0) return 'declined';
  await deps.open(url);
  return 'opened';
}
