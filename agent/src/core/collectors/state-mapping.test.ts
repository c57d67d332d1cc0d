import { describe, expect, it } from 'vitest';
import { deviceStateSchema } from '@handraise/shared';
import { toDeviceState } from './state-mapping.ts';

describe('toDeviceState', () => {
  it('maps the state facts, leaving the sessions on the computer', () => {
    const state = toDeviceState({
      bootTime: '2026-03-01T07:55:00.000Z',
      timeZone: 'Europe/Paris',
      loggedInUsers: ['pupil', 'teacher'],
      sessions: [{ user: 'pupil', terminal: 'tty2', from: ':0' }],
      lastLoggedInUser: 'pupil',
      interfaces: [{ name: 'eth0', mac: '02:00:00:00:00:01', ipv4: ['10.0.0.5'], ipv6: [] }],
      gateways: ['10.0.0.1'],
      dnsServers: ['10.0.0.2', '10.0.0.2'],
      wifiSsid: 'School',
      security: { rebootRequired: true, rebootRequiredBy: ['linux-image-amd64'], sip: true },
    });
    expect(state).toEqual({
      bootTime: '2026-03-01T07:55:00.000Z',
      timeZone: 'Europe/Paris',
      loggedInUsers: ['pupil', 'teacher'],
      lastLoggedInUser: 'pupil',
      interfaces: [{ name: 'eth0', mac: '02:00:00:00:00:01', ipv4: ['10.0.0.5'], ipv6: [] }],
      gateways: ['10.0.0.1'],
      dnsServers: ['10.0.0.2'],
      wifiSsid: 'School',
      security: { rebootRequired: true, rebootRequiredBy: ['linux-image-amd64'], sip: true },
    });
    expect(deviceStateSchema.parse(state)).toEqual(state);
  });

  it('gives an empty state for no facts, and leaves out what the schema would refuse', () => {
    expect(toDeviceState({})).toEqual({});
    const state = toDeviceState({
      bootTime: 'yesterday',
      timeZone: '',
      loggedInUsers: ['', 'pupil'],
      interfaces: [
        { name: '', ipv4: ['10.0.0.9'], ipv6: [] },
        { name: 'wlan0', mac: '', ipv4: ['10.0.0.7', 'x'.repeat(80)], ipv6: ['fe80::1%wlan0'] },
      ],
      security: { firewallEnabled: { '': true }, lastUpdateInstalled: '2026-02-27T10:00:00Z' },
    });
    expect(state).toEqual({
      loggedInUsers: ['pupil'],
      interfaces: [{ name: 'wlan0', ipv4: ['10.0.0.7'], ipv6: ['fe80::1%wlan0'] }],
      security: { lastUpdateInstalled: '2026-02-27T10:00:00.000Z' },
    });
    expect(deviceStateSchema.safeParse(state).success).toBe(true);
  });

  it('keeps the Windows security facts, antivirus without a name aside', () => {
    const state = toDeviceState({
      security: {
        antivirus: [{ name: 'Windows Defender', enabled: true, upToDate: true }, { name: ' ' }],
        firewallEnabled: { Domain: true, Private: true, Public: false },
        pendingReboot: false,
      },
    });
    expect(state.security).toEqual({
      antivirus: [{ name: 'Windows Defender', enabled: true, upToDate: true }],
      firewallEnabled: { Domain: true, Private: true, Public: false },
      pendingReboot: false,
    });
  });
});
