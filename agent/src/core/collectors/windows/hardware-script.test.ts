import { describe, expect, it } from 'vitest';
import { DESKTOP, HYPERV_GUEST } from '../../parsers/windows/testing/hardware-desktop.ts';
import { LAPTOP } from '../../parsers/windows/testing/hardware-laptop.ts';
import { NON_ADMIN_LAPTOP } from '../../parsers/windows/testing/hardware-non-admin.ts';
import { HARDWARE_SCRIPT } from './hardware-script.ts';
import { powershellArgs } from './powershell.ts';

// No PowerShell here: the script is checked by its structure. A try block is found by matching
// braces outside single-quoted strings (PowerShell doubles a quote to escape it).

type Block = { body: string; end: number };

/** The text inside the braces that open at `open`, and the index after the closing brace. */
function braceBlock(script: string, open: number): Block {
  let depth = 0;
  let quoted = false;
  for (let index = open; index < script.length; index += 1) {
    const character = script[index];
    if (character === "'") quoted = !quoted;
    else if (!quoted && character === '{') depth += 1;
    else if (!quoted && character === '}') {
      depth -= 1;
      if (depth === 0) return { body: script.slice(open + 1, index), end: index + 1 };
    }
  }
  throw new Error(`unclosed brace at ${open}`);
}

/** Every `try { … } catch { … }` in the script, nested ones included. */
function tryBlocks(script: string): { body: string; handler: string }[] {
  const blocks: { body: string; handler: string }[] = [];
  for (const match of script.matchAll(/\btry \{/g)) {
    const body = braceBlock(script, match.index + 'try '.length);
    const rest = script.slice(body.end);
    const catchMatch = /^ catch \{/.exec(rest);
    if (!catchMatch) throw new Error(`try without catch: ${body.body.slice(0, 60)}`);
    const handler = braceBlock(script, body.end + ' catch '.length);
    blocks.push({ body: body.body, handler: handler.body });
  }
  return blocks;
}

/** Counts of each bracket kind outside quoted strings, which must all come back to zero. */
function unbalanced(script: string): string[] {
  const pairs: Record<string, string> = { '}': '{', ')': '(', ']': '[' };
  const stack: string[] = [];
  let quoted = false;
  for (const character of script) {
    if (character === "'") quoted = !quoted;
    if (quoted) continue;
    if ('{(['.includes(character)) stack.push(character);
    const opener = pairs[character];
    if (opener !== undefined && stack.pop() !== opener) return [`stray ${character}`];
  }
  return quoted ? ['unclosed quote'] : stack.map((open) => `unclosed ${open}`);
}

/** Every class the brief for this script names, with its namespace (undefined = root/cimv2). */
const CLASSES: ReadonlyArray<readonly [string, string | undefined]> = [
  ['Win32_ComputerSystem', undefined],
  ['Win32_ComputerSystemProduct', undefined],
  ['Win32_BIOS', undefined],
  ['Win32_SystemEnclosure', undefined],
  ['Win32_BaseBoard', undefined],
  ['Win32_PhysicalMemory', undefined],
  ['Win32_PhysicalMemoryArray', undefined],
  ['MSFT_PhysicalDisk', 'root/Microsoft/Windows/Storage'],
  ['Win32_EncryptableVolume', 'root/CIMV2/Security/MicrosoftVolumeEncryption'],
  ['BatteryStaticData', 'root/WMI'],
  ['BatteryFullChargedCapacity', 'root/WMI'],
  ['BatteryCycleCount', 'root/WMI'],
  ['Win32_Battery', undefined],
  ['WmiMonitorID', 'root/WMI'],
  ['WmiMonitorListedSupportedSourceModes', 'root/WMI'],
  ['Win32_VideoController', undefined],
  ['Win32_Printer', undefined],
  ['Win32_OperatingSystem', undefined],
  ['Win32_NetworkAdapter', undefined],
  ['Win32_NetworkAdapterConfiguration', undefined],
  ['AntiVirusProduct', 'root/SecurityCenter2'],
];

describe('HARDWARE_SCRIPT', () => {
  const blocks = tryBlocks(HARDWARE_SCRIPT);

  it('can be passed to powershell.exe: one line, single quotes only, brackets balanced', () => {
    expect(() => powershellArgs(HARDWARE_SCRIPT)).not.toThrow();
    expect(unbalanced(HARDWARE_SCRIPT)).toEqual([]);
  });

  it('queries every CIM class in its own try block that stops on error and records the class', () => {
    const queries = [
      ...HARDWARE_SCRIPT.matchAll(/Get-CimInstance (?:-Namespace (\S+) )?-ClassName (\w+)/g),
    ];
    expect(queries.map((query) => [query[2], query[1]])).toEqual(CLASSES);
    for (const [className, namespace] of CLASSES) {
      const owners = blocks.filter((block) => block.body.includes(`-ClassName ${className} `));
      expect(owners, className).toHaveLength(1);
      const [owner] = owners;
      expect(owner?.body.match(/Get-CimInstance/g), className).toHaveLength(1);
      const where = namespace === undefined ? '' : `-Namespace ${namespace} `;
      expect(owner?.body, className).toContain(
        `Get-CimInstance ${where}-ClassName ${className} -ErrorAction Stop`,
      );
      expect(owner?.handler, className).toBe(` $failed.Add('${className}') `);
    }
  });

  it('guards every other source the same way', () => {
    for (const [marker, name] of [
      [
        'Get-NetFirewallProfile -PolicyStore ActiveStore -ErrorAction Stop',
        'Get-NetFirewallProfile',
      ],
      ['netsh.exe wlan show interfaces', 'netsh wlan'],
      ['New-Object -ComObject Microsoft.Update.Session', 'Microsoft.Update.Session'],
      ['Get-HotFix -ErrorAction Stop', 'Get-HotFix'],
      ['Authentication\\LogonUI', 'LogonUI'],
      ['Component Based Servicing\\RebootPending', 'RebootFlags'],
    ] as const) {
      const owner = blocks.find((block) => block.body.includes(marker));
      expect(owner?.handler, marker).toBe(` $failed.Add('${name}') `);
    }
  });

  it('checks the three pending-restart flags', () => {
    expect(HARDWARE_SCRIPT).toContain(
      "Test-Path -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending'",
    );
    expect(HARDWARE_SCRIPT).toContain(
      "Test-Path -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'",
    );
    expect(HARDWARE_SCRIPT).toContain(
      "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session Manager' -Name PendingFileRenameOperations",
    );
  });

  it('writes every part the parser reads, and prints one compressed JSON object', () => {
    const written = new Set(
      [...HARDWARE_SCRIPT.matchAll(/\$out\.(\w+) = /g)].map((match) => match[1]),
    );
    const sampleKeys = new Set(
      [LAPTOP, DESKTOP, HYPERV_GUEST, NON_ADMIN_LAPTOP].flatMap((sample) => Object.keys(sample)),
    );
    expect([...sampleKeys].filter((key) => !written.has(key))).toEqual([]);
    expect(HARDWARE_SCRIPT).toMatch(/; ConvertTo-Json -InputObject \$out -Depth \d+ -Compress$/);
  });
});
