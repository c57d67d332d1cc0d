// The connected network's name from `netsh wlan show interfaces`. Its labels are translated
// ("Status", "État"), but "SSID" is the same word in every language, and "BSSID" (the access
// point's MAC) is a different key, so the line whose key is exactly SSID is the one.

const KEY_VALUE = /^\s*([^:]+?)\s*:\s?(.*)$/;

/** The SSID of the first connected wireless interface, or undefined when none is connected. */
export function wlanSsid(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = KEY_VALUE.exec(line);
    if (match?.[1] !== 'SSID') continue;
    const ssid = match[2]?.trimEnd() ?? '';
    if (ssid !== '') return ssid;
  }
  return undefined;
}
