import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { usePollWhileActive } from './polling';

const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });

afterEach(() => setVisibility('visible'));

describe('usePollWhileActive', () => {
  it('refreshes only after the user did something since the last refresh, and never on a hidden page', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    renderHook(() => usePollWhileActive(refresh, 60_000));

    // An untouched screen must not keep the session alive.
    vi.advanceTimersByTime(180_000);
    expect(refresh).not.toHaveBeenCalled();

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(1);

    setVisibility('hidden');
    window.dispatchEvent(new MouseEvent('pointerdown'));
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
