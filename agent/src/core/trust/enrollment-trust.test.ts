import { describe, expect, it } from 'vitest';
import { chooseEnrollmentTrust, pinMismatchWarning } from './enrollment-trust.ts';

const HUB = 'https://hub.school.lan:7300';
const pin = (byte: string) => Array.from({ length: 32 }, () => byte).join(':');
const A = pin('AA');
const B = pin('BB');
const C = pin('CC');

describe('which certificates an enrollment accepts', () => {
  it('trusts on first use only a computer that never pinned a hub', () => {
    expect(chooseEnrollmentTrust(HUB, null, undefined)).toEqual({
      trust: undefined,
      warning: null,
    });
    expect(chooseEnrollmentTrust(HUB, { hub: HUB, hubPins: [] }, undefined).trust).toBeUndefined();
  });

  it('takes a fingerprint given at a first enrollment as the one to accept', () => {
    expect(chooseEnrollmentTrust(HUB, null, A)).toEqual({
      trust: { pins: [A], trustedBy: 'given' },
      warning: null,
    });
  });

  it('enrolling again with the same hub accepts the pins kept, and they win over another one given', () => {
    const kept = { hub: HUB, hubPins: [A, B] };
    expect(chooseEnrollmentTrust(HUB, kept, undefined)).toEqual({
      trust: { pins: [A, B], trustedBy: 'pinned' },
      warning: null,
    });
    const overridden = chooseEnrollmentTrust(HUB, kept, C);
    expect(overridden.trust).toEqual({ pins: [A, B], trustedBy: 'pinned' });
    expect(overridden.warning).toContain(`configured hub fingerprint ${C}`);
    expect(overridden.warning).toContain(`${A} or ${B}`);
    expect(overridden.warning).toContain('remove credentials.json');
    // One of the pins given again is no news.
    expect(chooseEnrollmentTrust(HUB, kept, B).warning).toBeNull();
  });

  it('for another hub, a given fingerprint decides; without one, the kept pins still apply', () => {
    const kept = { hub: 'https://old-hub.school.lan:7300', hubPins: [A] };
    expect(chooseEnrollmentTrust(HUB, kept, C).trust).toEqual({ pins: [C], trustedBy: 'given' });
    expect(chooseEnrollmentTrust(HUB, kept, undefined).trust).toEqual({
      pins: [A],
      trustedBy: 'pinned',
    });
  });

  it('warns of nothing without pins or without a configured fingerprint', () => {
    expect(pinMismatchWarning(undefined, A)).toBeNull();
    expect(pinMismatchWarning([A], undefined)).toBeNull();
    expect(pinMismatchWarning([A], B)).toMatch(/the trusted one is kept/);
  });
});
