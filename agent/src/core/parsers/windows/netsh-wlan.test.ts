import { describe, expect, it } from 'vitest';
import { wlanSsid } from './netsh-wlan.ts';
import { NETSH_CONNECTED_DE, NETSH_CONNECTED_EN } from './testing/hardware-samples.ts';

describe('wlanSsid', () => {
  it('finds the SSID line in any language, not the BSSID', () => {
    expect(wlanSsid(NETSH_CONNECTED_EN)).toBe('SCHOOL-STAFF');
    expect(wlanSsid(NETSH_CONNECTED_DE)).toBe('Schule Schüler');
    expect(wlanSsid(['    BSSID                  : 70:3a:0e:44:55:66'])).toBeUndefined();
  });

  it('keeps colons inside a network name', () => {
    expect(wlanSsid(['    SSID                   : Lab: 2nd floor'])).toBe('Lab: 2nd floor');
  });

  it('finds nothing when disconnected, without the service, or on empty output', () => {
    expect(
      wlanSsid(['    Name                   : Wi-Fi', '    State                  : disconnected']),
    ).toBeUndefined();
    expect(wlanSsid(['The Wireless AutoConfig Service (wlansvc) is not running.'])).toBeUndefined();
    expect(wlanSsid(['    SSID                   : '])).toBeUndefined();
    expect(wlanSsid([])).toBeUndefined();
  });
});
