import { describe, expect, it } from 'vitest';
import { HubRefusedError, isHubRefusal, refusalSentence } from './hub-refusal.ts';

describe('the hub turning a computer away', () => {
  it('knows a retired computer, so the agent stops instead of enrolling itself again', () => {
    expect(isHubRefusal('device-retired')).toBe(true);
    expect(isHubRefusal('rate-limited')).toBe(false);
    expect(refusalSentence('device-retired')).toBe(
      "This computer was retired from the school's list: ask your IT coordinator if it should come back.",
    );
    expect(new HubRefusedError('device-retired').refusal).toBe('device-retired');
  });
});
