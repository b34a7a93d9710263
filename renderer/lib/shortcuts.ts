// Global keyboard and mouse shortcuts: palette, search, sections, a new decision, and history (Alt+←/→, mouse buttons).
export interface ShortcutActions {
  openPalette(): void;
  focusSearch(): void;
  goSection(index: number): void;
  showShortcuts(): void;
  createDecision(): void;
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
    } else if (e.key.toLowerCase() === 'n' && !mod && !e.altKey && !editable(e.target)) {
      // One letter, as Gmail's "c" composes: browsers keep Ctrl+N for a new window.
      e.preventDefault();
      actions.createDecision();
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
