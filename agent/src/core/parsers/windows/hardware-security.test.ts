import { describe, expect, it } from 'vitest';
import { readWindowsSecurity } from './hardware-security.ts';

describe('readWindowsSecurity', () => {
  it('reads on/off and signature age from productState', () => {
    const security = readWindowsSecurity({
      Antivirus: [
        { displayName: 'Windows Defender', productState: 0x061100 },
        { displayName: 'Windows Defender', productState: 0x060100 },
        { displayName: 'Avast Antivirus', productState: 0x041010 },
        { displayName: 'Unknown state' },
        { productState: 0x061100 },
      ],
    });
    expect(security?.antivirus).toEqual([
      { name: 'Windows Defender', enabled: true, upToDate: true },
      { name: 'Windows Defender', enabled: false, upToDate: true },
      { name: 'Avast Antivirus', enabled: true, upToDate: false },
      { name: 'Unknown state' },
    ]);
  });

  it('says a restart is pending but not required for file renames alone', () => {
    expect(
      readWindowsSecurity({
        Reboot: { ComponentBasedServicing: false, WindowsUpdate: false, FileRenames: true },
      }),
    ).toEqual({ pendingReboot: true, rebootRequired: false });
  });

  it('prefers the update history, falls back to a hotfix day, and ignores odd dates', () => {
    expect(
      readWindowsSecurity({
        LastUpdateInstalled: '2024-04-24T18:02:55Z',
        LastHotfixInstalled: '2024-03-13',
      })?.lastUpdateInstalled,
    ).toBe('2024-04-24T18:02:55Z');
    expect(readWindowsSecurity({ LastHotfixInstalled: '2024-03-13' })?.lastUpdateInstalled).toBe(
      '2024-03-13',
    );
    expect(readWindowsSecurity({ LastHotfixInstalled: '3/13/2024' })).toBeUndefined();
  });

  it('skips firewall profiles that are not plainly on or off', () => {
    expect(
      readWindowsSecurity({
        Firewall: [
          { Name: 'Domain', Enabled: 'NotConfigured' },
          { Name: 'Public', Enabled: 'False' },
        ],
      }),
    ).toEqual({ firewallEnabled: { Public: false } });
  });

  it('knows nothing when no part was read, and an empty antivirus list when there is none', () => {
    expect(readWindowsSecurity({})).toBeUndefined();
    expect(readWindowsSecurity({ Antivirus: [] })).toEqual({ antivirus: [] });
  });
});
