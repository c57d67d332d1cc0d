import { describe, expect, it } from 'vitest';
import { collectDeviceDetails, toDeviceDetails } from './device-details.ts';

describe('device details', () => {
  it('names each note after its section', () => {
    const details = toDeviceDetails({
      identity: { chassis: 'desktop' },
      state: { timeZone: 'UTC' },
      hardwareNotes: [{ collector: 'displays', error: 'no monitor connected' }],
      stateNotes: [{ collector: 'wifi-ssid', error: 'no Wi-Fi interface' }],
    });
    expect(details).toEqual({
      hardware: {
        value: { chassis: 'desktop' },
        notes: [{ collector: 'hardware/displays', error: 'no monitor connected' }],
      },
      state: {
        value: { timeZone: 'UTC' },
        notes: [{ collector: 'state/wifi-ssid', error: 'no Wi-Fi interface' }],
      },
    });
  });

  it('has no state for a platform without readers, and says so', async () => {
    const details = await collectDeviceDetails('freebsd');
    expect(details.state).toEqual({
      value: undefined,
      notes: [{ collector: 'state/platform', error: 'no state readers for freebsd' }],
    });
    expect(details.hardware).toEqual({ value: {}, notes: [] });
  });
});
