// Enter and Space activate; other keys pass through untouched.
import { describe, expect, it, vi } from 'vitest';
import { activateOnKey } from './activate-key.ts';

const key = (k: string) => ({ key: k, preventDefault: vi.fn() }) as unknown as KeyboardEvent;

describe('activateOnKey', () => {
  it('runs the action on Enter and Space only', () => {
    const action = vi.fn();
    const handler = activateOnKey(action);
    const enter = key('Enter');
    handler(enter);
    handler(key(' '));
    const tab = key('Tab');
    handler(tab);
    expect(action).toHaveBeenCalledTimes(2);
    expect(enter.preventDefault).toHaveBeenCalled();
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });
});
