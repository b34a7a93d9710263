// Links leaving the desktop app: the address is shown, the browser opens only on "Open", other schemes never.
import { describe, expect, it, vi } from 'vitest';
import { externalLinkPrompt, openExternalLink } from './external-link.ts';

function deps(answer: number) {
  return { ask: vi.fn(async () => answer), open: vi.fn(async () => {}) };
}

describe('openExternalLink', () => {
  it('shows the full address and opens it only when the user chooses to', async () => {
    const yes = deps(0);
    const url = 'https://adr.github.io/madr/?utm=x#top';
    expect(await openExternalLink(url, yes)).toBe('opened');
    expect(yes.ask).toHaveBeenCalledWith(externalLinkPrompt(url));
    expect(externalLinkPrompt(url).detail).toContain(url);
    expect(yes.open).toHaveBeenCalledWith(url);
  });

  it('opens nothing when the user cancels (Esc presses Cancel too)', async () => {
    const no = deps(1);
    expect(await openExternalLink('https://example.org/', no)).toBe('declined');
    expect(no.open).not.toHaveBeenCalled();
    expect(externalLinkPrompt('https://example.org/')).toMatchObject({ defaultId: 1, cancelId: 1 });
  });

  it('refuses other schemes without asking', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:privacy', 'not a url']) {
      const d = deps(0);
      expect(await openExternalLink(url, d)).toBe('refused');
      expect(d.ask).not.toHaveBeenCalled();
      expect(d.open).not.toHaveBeenCalled();
    }
  });
});
