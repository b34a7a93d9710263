// Keyboard activation for SVG marks acting as buttons: Enter or Space runs the action, as on a real button.
export function activateOnKey(action: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    action();
  };
}
