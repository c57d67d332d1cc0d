import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentConfigError } from './agent-config-error.ts';
import {
  ADMINISTRATORS_SID,
  readWindowsAcl,
  SYSTEM_SID,
  windowsAclProblem,
  type RunPowerShell,
  type WindowsAcl,
} from './system-config-acl.ts';
import { readSystemConfigFile } from './system-config.ts';

const PATH = 'C:\\ProgramData\\Handraise\\agent.json';
const STUDENT = 'S-1-5-21-1004336348-1177238915-682003330-1105';
const USERS = 'S-1-5-32-545';
const installed: WindowsAcl = {
  owner: ADMINISTRATORS_SID,
  allowed: [SYSTEM_SID, ADMINISTRATORS_SID],
};

describe('the enrollment file ACL on Windows', () => {
  it('accepts the ACL the installers set', () => {
    expect(windowsAclProblem(PATH, installed)).toBeNull();
    expect(windowsAclProblem(PATH, { ...installed, owner: SYSTEM_SID })).toBeNull();
  });

  it('refuses a file a user planted (owned by them), naming it and the fix', () => {
    const problem = windowsAclProblem(PATH, { owner: STUDENT, allowed: [STUDENT, SYSTEM_SID] });
    expect(problem).toContain(
      `the enrollment file ${PATH} belongs to ${STUDENT}, not SYSTEM or Administrators`,
    );
    expect(problem).toContain(
      `icacls "${PATH}" /inheritance:r /grant:r *${SYSTEM_SID}:F *${ADMINISTRATORS_SID}:F`,
    );
  });

  it('refuses a file others may open, however owned', () => {
    expect(
      windowsAclProblem(PATH, { ...installed, allowed: [...installed.allowed, USERS, USERS] }),
    ).toContain(`can be opened by ${USERS} as well as SYSTEM and Administrators`);
  });
});

describe("reading an ACL through PowerShell's Get-Acl", () => {
  const answering =
    (status: number, stdout: string, stderr = ''): RunPowerShell =>
    (_script, env) => {
      // The path travels in the environment, never inside the script.
      expect(env.HANDRAISE_ACL_PATH).toBe(PATH);
      return { status, stdout, stderr };
    };

  it('takes the owner and allowed accounts, also a single one written without a list', () => {
    expect(
      readWindowsAcl(
        PATH,
        answering(0, JSON.stringify({ owner: ADMINISTRATORS_SID, allowed: [SYSTEM_SID] })),
        {},
      ),
    ).toEqual({ owner: ADMINISTRATORS_SID, allowed: [SYSTEM_SID] });
    expect(
      readWindowsAcl(
        PATH,
        answering(0, `{"owner":"${SYSTEM_SID}","allowed":"${SYSTEM_SID}"}\r\n`),
        {},
      ),
    ).toEqual({ owner: SYSTEM_SID, allowed: [SYSTEM_SID] });
  });

  it('refuses to use a file whose ACL cannot be read, saying why', () => {
    const failing = answering(
      1,
      '',
      'Get-Acl : Attempted to perform an unauthorized operation.\r\nmore',
    );
    expect(() => readWindowsAcl(PATH, failing, {})).toThrow(AgentConfigError);
    expect(() => readWindowsAcl(PATH, failing, {})).toThrow(
      `cannot check who may open the enrollment file ${PATH} (Get-Acl : Attempted to perform an unauthorized operation.)`,
    );
    expect(() => readWindowsAcl(PATH, answering(0, 'not json'), {})).toThrow(
      /PowerShell gave no answer/,
    );
  });
});

describe('readSystemConfigFile with Windows rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-programdata-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'agent.json');
  writeFileSync(file, JSON.stringify({ hub: 'https://hub.school.lan:7300' }), { mode: 0o644 });

  it('reads the file when its ACL is the installers', () => {
    const rules = { platform: 'win32' as const, trustedOwner: 0, readAcl: () => installed };
    expect(readSystemConfigFile(file, rules)).toEqual({ hub: 'https://hub.school.lan:7300' });
  });

  it('refuses it when a user owns it', () => {
    const rules = {
      platform: 'win32' as const,
      trustedOwner: 0,
      readAcl: (): WindowsAcl => ({ owner: STUDENT, allowed: [STUDENT] }),
    };
    expect(() => readSystemConfigFile(file, rules)).toThrow(
      /belongs to S-1-5-21-.*, not SYSTEM or Administrators/,
    );
  });
});
