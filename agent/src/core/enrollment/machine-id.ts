// The operating system's own id for this installation (Linux machine-id, Windows MachineGuid) and,
// on a Mac, the hardware's IOPlatformUUID. All of them are readable by any user: no root needed.
import { readFile } from 'node:fs/promises';
import { runCommand } from '../run-command.ts';
import { identifyingValue } from '@handraise/shared';

/** systemd's id, then D-Bus's copy of it on systems without systemd. */
export const LINUX_MACHINE_ID_FILES = ['/etc/machine-id', '/var/lib/dbus/machine-id'] as const;

/** Where Windows keeps MachineGuid, set at installation. */
export const WINDOWS_CRYPTOGRAPHY_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Cryptography';

/** Both tools answer in milliseconds; past this something is wrong and enrollment goes on without. */
export const IDENTITY_COMMAND_TIMEOUT_MS = 10_000;

export type IdentityReaders = {
  readFile: (path: string) => Promise<string>;
  run: (cmd: string, args: readonly string[]) => Promise<string>;
};

export const systemReaders: IdentityReaders = {
  readFile: (path) => readFile(path, 'utf8'),
  run: async (cmd, args) =>
    (await runCommand(cmd, args, { timeoutMs: IDENTITY_COMMAND_TIMEOUT_MS })).stdout,
};

/** The first line of a machine-id file, if it identifies anything. */
export function parseMachineIdFile(text: string): string | undefined {
  return identifyingValue(text.split('\n', 1)[0]);
}

/**
 * MachineGuid from `reg query` output:
 * `    MachineGuid    REG_SZ    3f2504e0-4f89-11d3-9a0c-0305e82c3301`.
 */
export function parseRegQueryMachineGuid(output: string): string | undefined {
  const match = /^\s*MachineGuid\s+REG_SZ\s+(\S.*?)\s*$/im.exec(output);
  return identifyingValue(match?.[1]);
}

/** IOPlatformUUID from `ioreg -rd1 -c IOPlatformExpertDevice`: `"IOPlatformUUID" = "…"`. */
export function parseIoregPlatformUuid(output: string): string | undefined {
  const match = /"IOPlatformUUID"\s*=\s*"([^"]*)"/.exec(output);
  return identifyingValue(match?.[1]);
}

/** Linux: the first of the machine-id files that holds a usable id. */
async function linuxMachineId(readers: IdentityReaders): Promise<string | undefined> {
  for (const file of LINUX_MACHINE_ID_FILES) {
    try {
      const id = parseMachineIdFile(await readers.readFile(file));
      if (id) return id;
    } catch {
      // Absent (a container, a system without systemd): try the next one.
    }
  }
  return undefined;
}

async function quietly(read: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

/** The operating system's id: Linux machine-id, Windows MachineGuid; none on macOS (see below). */
export async function readMachineId(
  platform: NodeJS.Platform = process.platform,
  readers: IdentityReaders = systemReaders,
): Promise<string | undefined> {
  if (platform === 'linux') return linuxMachineId(readers);
  if (platform === 'win32')
    // /reg:64: the 64-bit view, where MachineGuid lives, whatever the bitness of the caller.
    return quietly(async () =>
      parseRegQueryMachineGuid(
        await readers.run('reg', [
          'query',
          WINDOWS_CRYPTOGRAPHY_KEY,
          '/v',
          'MachineGuid',
          '/reg:64',
        ]),
      ),
    );
  return undefined;
}

/** macOS: the hardware's IOPlatformUUID, which survives a re-install; undefined elsewhere. */
export async function readPlatformUuid(
  platform: NodeJS.Platform = process.platform,
  readers: IdentityReaders = systemReaders,
): Promise<string | undefined> {
  if (platform !== 'darwin') return undefined;
  return quietly(async () =>
    parseIoregPlatformUuid(await readers.run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'])),
  );
}
