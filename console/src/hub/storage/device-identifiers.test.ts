import { describe, expect, test } from 'vitest';
import { richHardware, richState, STATE_ONLY_IP } from '../testing/rich-inventory.ts';
import { identifiersOf } from './device-identifiers.ts';

describe('identifiersOf', () => {
  test("adds the state's addresses after the hardware's, IPv4 first, without local-only ones", () => {
    const state = richState({
      interfaces: [
        { name: 'eth0', ipv4: ['10.0.0.5', '169.254.3.1'], ipv6: ['2001:DB8::5/64'] },
        { name: 'wlan0', ipv4: [STATE_ONLY_IP], ipv6: ['fe80::1%wlan0', '::1'] },
      ],
    });
    expect(identifiersOf(richHardware(), state).ips).toEqual([
      '10.0.0.5',
      STATE_ONLY_IP,
      '2001:db8::5',
    ]);
  });

  test('keeps at most eight addresses, and works without hardware or without a state', () => {
    const many = Array.from({ length: 12 }, (_, i) => `10.1.0.${i + 1}`);
    const state = richState({ interfaces: [{ name: 'br0', ipv4: many, ipv6: [] }] });
    expect(identifiersOf(null, state)).toEqual({
      serial: null,
      model: null,
      ips: many.slice(0, 8),
      macs: [],
    });
    expect(identifiersOf(richHardware(), null).ips).toEqual(['10.0.0.5']);
  });
});
