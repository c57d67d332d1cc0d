import { describe, expect, it } from 'vitest';
import { readWindowsState } from './hardware-state.ts';

describe('readWindowsState', () => {
  it('joins gateways and DNS servers of all adapters without repeats', () => {
    const state = readWindowsState({
      Network: [
        {
          Description: 'Realtek PCIe GbE Family Controller',
          MACAddress: '00-1A-2B-3C-4D-5E',
          IPAddress: '10.0.0.5',
          DefaultIPGateway: ['10.0.0.1'],
          DNSServerSearchOrder: ['10.0.0.1', '1.1.1.1'],
        },
        {
          Description: 'Intel(R) Wi-Fi 6E AX211 160MHz',
          ConnectionName: 'Wi-Fi',
          IPAddress: [null, '10.0.1.9'],
          DefaultIPGateway: ['10.0.0.1'],
          DNSServerSearchOrder: ['10.0.0.1'],
        },
      ],
    });
    expect(state).toEqual({
      interfaces: [
        {
          name: 'Realtek PCIe GbE Family Controller',
          mac: '00:1a:2b:3c:4d:5e',
          ipv4: ['10.0.0.5'],
          ipv6: [],
        },
        { name: 'Wi-Fi', ipv4: ['10.0.1.9'], ipv6: [] },
      ],
      gateways: ['10.0.0.1'],
      dnsServers: ['10.0.0.1', '1.1.1.1'],
    });
  });

  it('keeps the interface lists absent when the network part failed, and odd times out', () => {
    expect(readWindowsState({ LastBootUpTime: '/Date(1714635069000)/', TimeZone: '' })).toEqual({});
  });
});
