import { describe, expect, it } from 'vitest';
import {
  AGENT_INSTALLER_VERSION,
  bareFingerprint,
  enrollmentCommands,
  enrollmentFileText,
  TOKEN_PLACEHOLDER,
} from './enrollment-commands.ts';
import { UnquotableValueError } from './shell-quoting.ts';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0'))
  .join(':')
  .toUpperCase();
const HEX = FINGERPRINT.replaceAll(':', '');
const VALUES = {
  hub: 'https://hub.school.lan:7300',
  token: 'tok_EN-123',
  fingerprint: FINGERPRINT,
};

describe('enrollmentCommands', () => {
  const commands = enrollmentCommands(VALUES);

  it('gives the fingerprint as 64 hex digits', () => {
    expect(HEX).toMatch(/^[0-9A-F]{64}$/);
    expect(bareFingerprint(FINGERPRINT.toLowerCase())).toBe(HEX);
  });

  it('runs msiexec with the three properties from a Group Policy startup script, once', () => {
    expect(commands.groupPolicy.split('\n')).toEqual([
      '@echo off',
      'sc query HandraiseAgent >nul 2>&1 && exit /b 0',
      `msiexec /i "\\\\SERVER\\Handraise\\Handraise-Agent-${AGENT_INSTALLER_VERSION}.msi" HUB="https://hub.school.lan:7300" TOKEN="tok_EN-123" HUB_FINGERPRINT="${HEX}" /qn /norestart`,
    ]);
  });

  it('gives Intune an msiexec install command and PowerShell the NSIS switches', () => {
    expect(commands.intune).toBe(
      `msiexec /i "Handraise-Agent-${AGENT_INSTALLER_VERSION}.msi" HUB="https://hub.school.lan:7300" TOKEN="tok_EN-123" HUB_FINGERPRINT="${HEX}" /qn /norestart`,
    );
    expect(commands.windowsPowerShell).toBe(
      `Start-Process -Wait -FilePath '.\\Handraise-Agent-Setup-${AGENT_INSTALLER_VERSION}.exe' -ArgumentList '/S', '/HUB=https://hub.school.lan:7300', '/TOKEN=tok_EN-123', '/HUB_FINGERPRINT=${HEX}'`,
    );
  });

  it('writes the macOS file 0600 root in a Jamf script, then installs the cached package', () => {
    const lines = commands.jamf.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain(
      `(umask 077 && printf '%s\\n' '${enrollmentFileText(VALUES)}' > '/Library/Application Support/Handraise/agent.json')`,
    );
    expect(lines).toContain("chmod 600 '/Library/Application Support/Handraise/agent.json'");
    expect(lines.at(-1)).toBe(
      `installer -pkg '/Library/Application Support/JAMF/Waiting Room/Handraise-Agent-${AGENT_INSTALLER_VERSION}.pkg' -target /`,
    );
  });

  it('ends the Linux commands with apt and dnf installing the local package', () => {
    expect(commands.debian).toContain("/dev/stdin '/etc/handraise/agent.json'");
    expect(
      commands.debian.endsWith(
        `sudo apt install './handraise-agent_${AGENT_INSTALLER_VERSION}_amd64.deb'`,
      ),
    ).toBe(true);
    expect(
      commands.fedora.endsWith(
        `sudo dnf install './handraise-agent-${AGENT_INSTALLER_VERSION}.x86_64.rpm'`,
      ),
    ).toBe(true);
  });

  it('puts the contract keys in agent.json', () => {
    expect(JSON.parse(enrollmentFileText(VALUES))).toEqual({
      hub: VALUES.hub,
      token: VALUES.token,
      hubFingerprint: HEX,
    });
  });

  it('fills a placeholder for a token no longer shown, and leaves out a fingerprint without TLS', () => {
    const plain = enrollmentCommands({
      hub: 'http://10.0.0.5:7300',
      token: null,
      fingerprint: null,
    });
    expect(plain.intune).toBe(
      `msiexec /i "Handraise-Agent-${AGENT_INSTALLER_VERSION}.msi" HUB="http://10.0.0.5:7300" TOKEN="${TOKEN_PLACEHOLDER}" /qn /norestart`,
    );
    expect(plain.debian).not.toContain('hubFingerprint');
  });

  it('refuses values no command can carry', () => {
    expect(() => enrollmentCommands({ ...VALUES, hub: 'https://h/%TEMP%' })).toThrow(
      UnquotableValueError,
    );
  });
});
