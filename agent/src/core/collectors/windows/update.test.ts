import { describe, expect, it } from 'vitest';
import { collectWindowsUpdates } from './update.ts';
import { fakeRunner } from '../testing/fake-runner.ts';

describe('collectWindowsUpdates', () => {
  it('gives the search its own two-minute deadline and parses its JSON', async () => {
    const { run, calls } = fakeRunner({
      'Microsoft.Update.Session': {
        stdout: JSON.stringify([
          { Title: 'Update (KB5034441)', KBArticleIDs: ['5034441'], MsrcSeverity: 'Important' },
        ]),
      },
    });
    expect(await collectWindowsUpdates(run)).toEqual([
      {
        name: 'Update (KB5034441)',
        availableVersion: 'KB5034441',
        source: 'windows-update',
        security: true,
      },
    ]);
    expect(calls[0]?.options.timeoutMs).toBe(120_000);
  });

  it('reports a failed search instead of claiming there are no updates', async () => {
    const { run } = fakeRunner({
      'Microsoft.Update.Session': new Error(
        'powershell.exe exited with 1: Exception from HRESULT: 0x8024402C',
      ),
    });
    await expect(collectWindowsUpdates(run)).rejects.toThrow(/0x8024402C/);
  });
});
