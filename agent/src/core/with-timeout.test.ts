import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './with-timeout.ts';

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the value of a promise that settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1_000, 'answer')).resolves.toBe(42);
  });

  it('passes on the rejection of a promise that fails in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1_000, 'x')).rejects.toThrow(
      'boom',
    );
  });

  it('rejects with a labelled error when the promise is too slow', async () => {
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 20, 'software')).rejects.toThrow(
      new Error('software timed out after 20 ms'),
    );
  });

  it('clears its timer once the promise settles', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve('done'), 60_000, 'x');
    expect(vi.getTimerCount()).toBe(0);
    await expect(withTimeout(Promise.reject(new Error('no')), 60_000, 'x')).rejects.toThrow('no');
    expect(vi.getTimerCount()).toBe(0);
  });
});
