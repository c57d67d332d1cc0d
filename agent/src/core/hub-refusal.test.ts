import { describe, expect, it } from 'vitest';
import { farewellRefusal } from './hub-farewell.ts';
import {
  HubRefusedError,
  isHubRefusal,
  refusalSentence,
  waitingRequestSentence,
} from './hub-refusal.ts';

describe('the hub turning a computer away', () => {
  it('knows a retired computer, so the agent stops instead of enrolling itself again', () => {
    expect(isHubRefusal('device-retired')).toBe(true);
    expect(isHubRefusal('rate-limited')).toBe(false);
    expect(refusalSentence('device-retired')).toBe(
      "This computer was retired or removed by the school's IT coordinator: requests cannot be sent from it. Ask your IT coordinator if it should come back.",
    );
    expect(new HubRefusedError('device-retired').refusal).toBe('device-retired');
  });

  it('never promises a retired computer that its waiting request will go', () => {
    expect(waitingRequestSentence('device-retired')).toBe(
      'Your request stays on this computer but cannot be sent from it: ask for help from another computer.',
    );
    for (const refusal of ['unauthorized', 'protocol-unsupported'] as const) {
      expect(waitingRequestSentence(refusal)).toBe(
        'Your request is saved on this computer and goes as soon as that is done.',
      );
    }
  });

  it("reads the hub's farewell, and nothing else, as a refusal", () => {
    expect(farewellRefusal({ reason: 'device-retired' })).toBe('device-retired');
    for (const payload of [undefined, null, 'device-retired', { reason: 'bored' }, {}]) {
      expect(farewellRefusal(payload)).toBeNull();
    }
  });
});
