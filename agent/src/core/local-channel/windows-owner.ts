// Windows: a proof file's owner from its ACL, asked of PowerShell (Node reads no ACLs). The
// owner of a file a user creates is that user; its SID is what ownership is decided by.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How long PowerShell may take to read one ACL, in ms (its first start is slow). */
export const OWNER_LOOKUP_TIMEOUT_MS = 15_000;

export type WindowsOwner = { sid: string; name: string };

/** The PowerShell lines printing the owner's name, then its SID. The path is quoted for it. */
export function ownerScript(path: string): string {
  const quoted = `'${path.replaceAll("'", "''")}'`;
  return [
    `$acl = Get-Acl -LiteralPath ${quoted}`,
    '$acl.Owner',
    '$acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value',
  ].join('; ');
}

/**
 * Reads the script's output: `DOMAIN\name` then the SID. Null when it is not that shape (the
 * caller refuses the proof). Administrators' files are owned by the group, which names no one.
 */
export function parseOwnerOutput(output: string): WindowsOwner | null {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length !== 2) return null;
  const [qualified, sid] = lines as [string, string];
  if (!/^S-1-\d+(-\d+)+$/.test(sid)) return null;
  const name = qualified.includes('\\')
    ? qualified.slice(qualified.lastIndexOf('\\') + 1)
    : qualified;
  if (!name || name.length > 64 || /[\p{Cc}]/u.test(name)) return null;
  return { sid, name };
}

/** Asks PowerShell who owns `path`; null when it cannot say. */
export async function windowsOwnerOf(path: string): Promise<WindowsOwner | null> {
  try {
    const { stdout } = await run(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', ownerScript(path)],
      { timeout: OWNER_LOOKUP_TIMEOUT_MS, windowsHide: true },
    );
    return parseOwnerOutput(stdout);
  } catch {
    return null;
  }
}
