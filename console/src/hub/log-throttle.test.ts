import { describe, expect, it } from 'vitest';
import { createLogThrottle } from './log-throttle.ts';

describe('createLogThrottle', () => {
  it('lets one line per key through per interval', () => {
    let now = 0;
    const mayLog = createLogThrottle(60_000, () => now);
    expect(mayLog('10.0.0.1')).toBe(true);
    expect(mayLog('10.0.0.1')).toBe(false);
    expect(mayLog('10.0.0.2')).toBe(true);
    now = 59_999;
    expect(mayLog('10.0.0.1')).toBe(false);
    now = 60_000;
    expect(mayLog('10.0.0.1')).toBe(true);
  });
});
