// Who may read or change the system-wide enrollment file on Windows, where access is an ACL that
// Node cannot read. Any user may create folders in ProgramData, so a student could plant
// %ProgramData%\Handraise\agent.json before the agent is installed and send the computer to a
// hub of their own; the installers make the file SYSTEM's and Administrators' alone, and the
// agent refuses one that anyone else owns or may open.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { AgentConfigError } from './agent-config-error.ts';

/** Well-known SIDs: the same in every Windows language, unlike the accounts' names. */
export const SYSTEM_SID = 'S-1-5-18';
export const ADMINISTRATORS_SID = 'S-1-5-32-544';
const TRUSTED_SIDS = new Set([SYSTEM_SID, ADMINISTRATORS_SID]);

/** A file's owner and the accounts its ACL allows anything, as SIDs. */
export type WindowsAcl = { owner: string; allowed: string[] };

/** Why the ACL disqualifies the file, or null when it is as the installers leave it. */
export function windowsAclProblem(path: string, acl: WindowsAcl): string | null {
  const fix = `reinstall the agent with the enrollment settings, or run as an administrator: icacls "${path}" /setowner *${ADMINISTRATORS_SID} && icacls "${path}" /inheritance:r /grant:r *${SYSTEM_SID}:F *${ADMINISTRATORS_SID}:F`;
  if (!TRUSTED_SIDS.has(acl.owner)) {
    return `the enrollment file ${path} belongs to ${acl.owner}, not SYSTEM or Administrators: another account could send this computer to its own hub. To keep it: ${fix}`;
  }
  const others = [...new Set(acl.allowed.filter((sid) => !TRUSTED_SIDS.has(sid)))];
  if (others.length > 0) {
    return `the enrollment file ${path} can be opened by ${others.join(', ')} as well as SYSTEM and Administrators, and it holds the enrollment token: ${fix}`;
  }
  return null;
}

/** Get-Acl's answer, as SIDs; the path comes in the environment, so no quoting can go wrong. */
const READ_ACL_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$acl = Get-Acl -LiteralPath $env:HANDRAISE_ACL_PATH',
  '$sid = [System.Security.Principal.SecurityIdentifier]',
  '$allowed = @($acl.GetAccessRules($true, $true, $sid) | Where-Object { $_.AccessControlType -eq "Allow" } | ForEach-Object { $_.IdentityReference.Value })',
  '@{ owner = $acl.GetOwner($sid).Value; allowed = $allowed } | ConvertTo-Json -Compress',
].join('; ');

/** ConvertTo-Json writes a one-element list as the element alone in older PowerShell. */
const aclAnswerSchema = z.object({
  owner: z.string(),
  allowed: z.union([z.array(z.string()), z.string().transform((sid) => [sid]), z.null()]),
});

/** Reading an ACL starts PowerShell, a second or two on a slow school computer. */
const READ_ACL_TIMEOUT_MS = 30_000;

export type RunPowerShell = (
  script: string,
  env: NodeJS.ProcessEnv,
) => { status: number | null; stdout: string; stderr: string };

/** Windows PowerShell by its full path: a program of the same name earlier on PATH is not run. */
const runWindowsPowerShell: RunPowerShell = (script, env) => {
  const powershell = join(
    env.SystemRoot ?? 'C:\\Windows',
    'System32',
    'WindowsPowerShell',
    'v1.0',
    'powershell.exe',
  );
  const result = spawnSync(powershell, ['-NoProfile', '-NonInteractive', '-Command', script], {
    env,
    encoding: 'utf8',
    timeout: READ_ACL_TIMEOUT_MS,
    windowsHide: true,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
};

/** The file's owner and allowed accounts; AgentConfigError when they cannot be read. */
export function readWindowsAcl(
  path: string,
  run: RunPowerShell = runWindowsPowerShell,
  env: NodeJS.ProcessEnv = process.env,
): WindowsAcl {
  const result = run(READ_ACL_SCRIPT, { ...env, HANDRAISE_ACL_PATH: path });
  let answer: unknown;
  try {
    answer = result.status === 0 ? JSON.parse(result.stdout) : undefined;
  } catch {
    answer = undefined;
  }
  const parsed = aclAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    const reason = result.stderr.trim().split(/\r?\n/, 1)[0] || 'PowerShell gave no answer';
    throw new AgentConfigError(
      `cannot check who may open the enrollment file ${path} (${reason}); the agent does not use a file it cannot check`,
    );
  }
  return { owner: parsed.data.owner, allowed: parsed.data.allowed ?? [] };
}
