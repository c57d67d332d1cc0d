import { describe, expect, it } from 'vitest';
import { fakeRunner } from '../testing/fake-runner.ts';
import { readUninstallKeys } from './uninstall.ts';

const ONE_KEY = JSON.stringify({
  PSPath:
    'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\T',
  DisplayName: 'T',
});

describe('readUninstallKeys', () => {
  it('serves collectors asking at the same moment from one PowerShell run', async () => {
    const { run, calls } = fakeRunner({ Uninstall: { stdout: ONE_KEY } });
    let now = 1_000;
    const first = readUninstallKeys(run, () => now);
    const second = readUninstallKeys(run, () => now);
    expect(await first).toBe(await second);
    expect(calls).toHaveLength(1);
    // A minute later (the next inventory) the registry is read again.
    now += 60_000;
    await readUninstallKeys(run, () => now);
    expect(calls).toHaveLength(2);
  });

  it('does not keep a failed read', async () => {
    const failing = fakeRunner({ Uninstall: new Error('boom') });
    await expect(readUninstallKeys(failing.run, () => 5)).rejects.toThrow('boom');
    await expect(readUninstallKeys(failing.run, () => 6)).rejects.toThrow('boom');
    expect(failing.calls).toHaveLength(2);
  });
});
