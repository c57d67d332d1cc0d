import { describe, expect, it } from 'vitest';
import { collectAppxPackages } from './appx.ts';
import { fakeRunner } from '../testing/fake-runner.ts';

describe('collectAppxPackages', () => {
  it('lists the user apps the script prints', async () => {
    const { run, calls } = fakeRunner({
      'Get-AppxPackage': {
        stdout: JSON.stringify({
          Name: 'Microsoft.WindowsCalculator',
          Version: '11.2311.0.0',
          Architecture: 'X64',
          PackageFamilyName: 'Microsoft.WindowsCalculator_8wekyb3d8bbwe',
          PackageFullName: 'Microsoft.WindowsCalculator_11.2311.0.0_x64__8wekyb3d8bbwe',
          SignatureKind: 'Store',
        }),
      },
    });
    expect(await collectAppxPackages(run)).toEqual([
      {
        name: 'Microsoft.WindowsCalculator',
        version: '11.2311.0.0',
        source: 'appx',
        id: 'Microsoft.WindowsCalculator_8wekyb3d8bbwe',
        arch: 'x64',
      },
    ]);
    expect(calls[0]?.options.timeoutMs).toBe(30_000);
  });
});
