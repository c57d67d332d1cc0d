// Test-only: pieces of the hardware script's output (collectors/windows/hardware-script.ts)
// shared by the sample outputs and the tests.

/** WmiMonitorID's UInt16 arrays: the text's character codes, zero-padded to `length`. */
export function edidCodes(text: string, length: number): number[] {
  const codes = [...text].map((character) => character.charCodeAt(0));
  return [...codes, ...Array<number>(Math.max(0, length - codes.length)).fill(0)];
}

/** `netsh wlan show interfaces` of a connected English Windows 11. */
export const NETSH_CONNECTED_EN = [
  '',
  'There is 1 interface on the system:',
  '',
  '    Name                   : Wi-Fi',
  '    Description            : Intel(R) Wi-Fi 6 AX201 160MHz',
  '    GUID                   : 5a7c9e21-3b4d-4f6a-8c1e-2d3f4a5b6c7d',
  '    Physical address       : 3c:9c:0f:12:ab:cd',
  '    Interface type         : Primary',
  '    State                  : connected',
  '    SSID                   : SCHOOL-STAFF',
  '    AP BSSID               : 70:3a:0e:11:22:33',
  '    Band                   : 5 GHz',
  '    Channel                : 44',
  '    Radio type             : 802.11ax',
  '    Authentication         : WPA2-Enterprise',
  '    Signal                 : 92%',
  '    Profile                : SCHOOL-STAFF',
  '',
  '    Hosted network status  : Not available',
];

/** The same on a German Windows 10: the labels are translated, SSID is not. */
export const NETSH_CONNECTED_DE = [
  'Es ist 1 Schnittstelle auf dem System vorhanden:',
  '',
  '    Name                   : WLAN',
  '    Beschreibung           : Realtek RTL8852AE WiFi 6 802.11ax PCIe Adapter',
  '    Physische Adresse      : 14:85:7f:aa:bb:cc',
  '    Status                 : Verbunden',
  '    SSID                   : Schule Schüler',
  '    BSSID                  : 70:3a:0e:44:55:66',
  '    Netzwerktyp            : Infrastruktur',
];
