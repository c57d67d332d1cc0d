import { describe, expect, it } from 'vitest';
import { APPX_SCRIPT } from './appx-script.ts';
import { powershellArgs, powershellExecutable, runPowerShell } from './powershell.ts';
import { QFE_SCRIPT } from './qfe-script.ts';
import { fakeRunner } from '../testing/fake-runner.ts';
import { UNINSTALL_SCRIPT } from './uninstall-script.ts';
import { WINDOWS_UPDATE_SCRIPT } from './update-script.ts';
import { WINGET_UPGRADE_SCRIPT } from './winget-script.ts';

describe('powershellExecutable', () => {
  it('is the 64-bit Windows PowerShell by full path', () => {
    expect(powershellExecutable({ SystemRoot: 'C:\\Windows' }, 'x64')).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });

  it('goes through sysnative from a 32-bit agent on 64-bit Windows', () => {
    expect(
      powershellExecutable({ WINDIR: 'D:\\WIN', PROCESSOR_ARCHITEW6432: 'AMD64' }, 'ia32'),
    ).toBe('D:\\WIN\\sysnative\\WindowsPowerShell\\v1.0\\powershell.exe');
    // 32-bit Windows has no sysnative and no PROCESSOR_ARCHITEW6432.
    expect(powershellExecutable({}, 'ia32')).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });
});

describe('powershellArgs', () => {
  it('runs without profile or prompts, with UTF-8 output set first', () => {
    const args = powershellArgs("Write-Output 'x'");
    expect(args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command']);
    expect(args[3]).toMatch(
      /^\[Console\]::OutputEncoding = \[Text\.UTF8Encoding\]::new\(\$false\); /,
    );
    expect(args[3]).toMatch(/; Write-Output 'x'$/);
  });

  it('refuses scripts Node could not pass intact', () => {
    expect(() => powershellArgs('Write-Output "x"')).toThrow(/double quotes/);
    expect(() => powershellArgs('a\nb')).toThrow(/one line/);
  });

  it('accepts every collector script', () => {
    for (const script of [
      UNINSTALL_SCRIPT,
      QFE_SCRIPT,
      APPX_SCRIPT,
      WINGET_UPGRADE_SCRIPT,
      WINDOWS_UPDATE_SCRIPT,
    ]) {
      expect(() => powershellArgs(script)).not.toThrow();
    }
  });
});

describe('the scripts', () => {
  it('read every registry view and user hive, and always print an array', () => {
    expect(UNINSTALL_SCRIPT).toContain(
      "'HKLM:\\SOFTWARE', 'HKLM:\\SOFTWARE\\WOW6432Node', 'HKCU:\\Software'",
    );
    expect(UNINSTALL_SCRIPT).toContain('Registry::HKEY_USERS');
    expect(UNINSTALL_SCRIPT).toContain('-ErrorAction SilentlyContinue');
    expect(UNINSTALL_SCRIPT).toContain('ConvertTo-Json -InputObject $entries');
  });

  it('search Windows Update for uninstalled, unhidden software updates', () => {
    expect(WINDOWS_UPDATE_SCRIPT).toContain(
      "Search('IsInstalled=0 and Type=''Software'' and IsHidden=0')",
    );
  });

  it('try all users for AppX and fall back to the current one', () => {
    expect(APPX_SCRIPT).toContain('Get-AppxPackage -AllUsers -ErrorAction Stop');
    expect(APPX_SCRIPT).toContain('catch { $packages = @(Get-AppxPackage');
  });

  it('run winget without prompts', () => {
    expect(WINGET_UPGRADE_SCRIPT).toContain(
      'upgrade --accept-source-agreements --disable-interactivity',
    );
  });
});

describe('runPowerShell', () => {
  it('passes the timeout and the accepted exit codes to the runner', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': { stdout: 'ok' } });
    const result = await runPowerShell('Get-Date', { run, timeoutMs: 1234, okExitCodes: [0, 5] });
    expect(result.stdout).toBe('ok');
    expect(calls[0]?.cmd).toMatch(/powershell\.exe$/);
    expect(calls[0]?.options).toEqual({ timeoutMs: 1234, okExitCodes: [0, 5] });
  });
});
