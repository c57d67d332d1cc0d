import { describe, expect, it } from 'vitest';
import { parseWindowsHardwareJson, WINDOWS_HARDWARE_PARSE_SOURCES } from './hardware-json.ts';
import { LAPTOP } from './testing/hardware-laptop.ts';

const parse = (output: object) => parseWindowsHardwareJson(JSON.stringify(output));

describe('parseWindowsHardwareJson: a laptop with a battery and BitLocker', () => {
  const report = parse(LAPTOP);

  it('reads the identity, firmware and board', () => {
    expect(report.hardware.identity).toEqual({
      manufacturer: 'Dell Inc.',
      model: 'Latitude 5420',
      modelId: '0A01',
      serial: 'B9RM13',
      uuid: '4C4C4544-0042-3910-8052-B8C04F4D3133',
      assetTag: 'SCH-0421',
      chassis: 'laptop',
      firmware: { vendor: 'Dell Inc.', version: '1.29.0', releaseDate: '2023-08-10' },
      board: { manufacturer: 'Dell Inc.', model: '0HP9G2', serial: '/B9RM13/CNCMK0019K00B1/' },
    });
  });

  it('reads memory modules, dropping the all-zero serial', () => {
    expect(report.hardware.memory).toEqual({
      totalBytes: 17_179_869_184,
      slots: 2,
      modules: [
        {
          slot: 'DIMM A',
          sizeBytes: 8_589_934_592,
          type: 'DDR4',
          speedMTs: 3200,
          manufacturer: 'SK Hynix',
          partNumber: 'HMA81GS6DJR8N-XN',
          serial: '41C5A2B1',
        },
        {
          slot: 'DIMM B',
          sizeBytes: 8_589_934_592,
          type: 'DDR4',
          speedMTs: 3200,
          manufacturer: 'Micron',
          partNumber: '4ATF1G64HZ-3G2E2',
        },
      ],
    });
  });

  it('joins the battery classes and works out the health', () => {
    expect(report.hardware.batteries).toEqual([
      {
        name: 'DELL 9JRV30B',
        manufacturer: 'SMP',
        serial: '1234',
        chemistry: 'Lithium Ion',
        designCapacityMWh: 63_000,
        fullChargeCapacityMWh: 51_450,
        cycleCount: 212,
        healthPercent: 81.7,
      },
    ]);
  });

  it('lists the internal disk, not the USB stick, and BitLocker per lettered volume', () => {
    expect(report.disks).toEqual([
      { model: 'KXG60ZNV512G KIOXIA', sizeBytes: 512_110_190_592, kind: 'nvme', health: 'ok' },
    ]);
    expect(report.encryption).toEqual([
      { volume: 'C:', method: 'bitlocker', state: 'on' },
      { volume: 'D:', method: 'bitlocker', state: 'off' },
    ]);
  });

  it('names both monitors with their own preferred modes, and every printer', () => {
    expect(report.displays).toEqual([
      { manufacturer: 'AU Optronics', widthPx: 1920, heightPx: 1080 },
      {
        manufacturer: 'Dell',
        model: 'DELL U2719D',
        serial: 'CFV9N83',
        widthPx: 2560,
        heightPx: 1440,
      },
    ]);
    expect(report.printers).toEqual([
      {
        name: 'Microsoft Print to PDF',
        driver: 'Microsoft Print To PDF',
        port: 'PORTPROMPT:',
        isDefault: false,
        isNetwork: false,
      },
      {
        name: '\\\\print01\\Room-12-Color',
        driver: 'HP Universal Printing PCL 6',
        port: '10.20.0.45',
        isDefault: true,
        isNetwork: true,
      },
    ]);
  });

  it('reads the state and security, with nothing to note', () => {
    expect(report.state).toEqual({
      bootTime: '2024-05-02T07:31:09Z',
      timeZone: 'W. Europe Standard Time',
      loggedInUsers: ['SCHOOL\\jdoe'],
      lastLoggedInUser: 'SCHOOL\\jdoe',
      interfaces: [
        {
          name: 'Wi-Fi',
          mac: '3c:9c:0f:12:ab:cd',
          ipv4: ['10.20.31.17'],
          ipv6: ['fe80::5d1c:2a4b:9e0f:1c2d'],
        },
      ],
      gateways: ['10.20.0.1'],
      dnsServers: ['10.20.0.10', '10.20.0.11'],
      wifiSsid: 'SCHOOL-STAFF',
      security: {
        antivirus: [
          { name: 'Windows Defender', enabled: false, upToDate: true },
          { name: 'Sophos Anti-Virus', enabled: true, upToDate: true },
        ],
        firewallEnabled: { Domain: true, Private: true, Public: true },
        pendingReboot: true,
        rebootRequired: true,
        lastUpdateInstalled: '2024-04-24T18:02:55Z',
      },
    });
    expect(report.notes).toEqual([]);
  });
});

describe('parseWindowsHardwareJson: odd input', () => {
  it('returns empty facts and a note for text that is not the object, never throwing', () => {
    for (const text of ['', 'Get-CimInstance : Access denied', '[1,2]', '{"broken":', 'null']) {
      const report = parseWindowsHardwareJson(text);
      expect(report.hardware).toEqual({ identity: {}, batteries: [] });
      expect(report.state).toEqual({});
      expect(report.notes).toEqual(['the output is not the hardware script’s JSON object']);
    }
  });

  it('reads an object whose parts are all missing or of the wrong shape', () => {
    const report = parseWindowsHardwareJson(
      JSON.stringify({
        ComputerSystem: 'x',
        Memory: [1, null],
        Disks: {},
        Network: null,
        Failed: 'Win32_BIOS',
      }),
    );
    expect(report.hardware).toEqual({ identity: {}, batteries: [] });
    expect(report.disks).toEqual([]);
    expect(report.state).toEqual({});
    expect(report.notes).toEqual(['Win32_BIOS could not be read']);
  });
});

describe('WINDOWS_HARDWARE_PARSE_SOURCES', () => {
  it('parses saved output bytes, UTF-16 as PowerShell’s > writes it included', () => {
    const source = WINDOWS_HARDWARE_PARSE_SOURCES['windows-hardware-json'];
    const text = JSON.stringify(LAPTOP);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(source.parse(utf16)).toEqual(parseWindowsHardwareJson(text));
    expect(source.parse(new TextEncoder().encode(text)).hardware.identity.model).toBe(
      'Latitude 5420',
    );
  });
});
