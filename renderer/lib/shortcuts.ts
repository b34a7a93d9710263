// Global keyboard and mouse shortcuts: palette, search, sections, and history (Alt+←/→, mouse back/forward).
export interface ShortcutActions {
  openPalette(): void;
  focusSearch(): void;
  goSection(index: number): void;
  showShortcuts(): void;
  back(): void;
  forward(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const editable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

export function installShortcuts(actions: ShortcutActions): () => void {
  const onKey = (e: KeyboardEvent) => {
    const mod = isMac ? e.metaKey : e.ctrlKey;
    if (mod && !e.shiftKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      actions.openPalette();
    } else if (e.altKey && !mod && e.key === 'ArrowLeft') {
      e.preventDefault();
      actions.back();
    } else if (e.altKey && !mod && e.key === 'ArrowRight') {
      e.preventDefault();
      actions.forward();
    } else if (mod && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      actions.goSection(Number(e.key) - 1);
    } else if (e.key === '/' && !editable(e.target)) {
      e.preventDefault();
      actions.focusSearch();
    } else if (e.key === '?' && !editable(e.target)) {
      e.preventDefault();
      actions.showShortcuts();
    }
  };
  // Mouse buttons 3 and 4 are the hardware back/forward buttons.
  const onMouse = (e: MouseEvent) => {
    if (e.button === 3) actions.back();
    if (e.button === 4) actions.forward();
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('mouseup', onMouse);
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('mouseup', onMouse);
  };
}
