import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseAppxJson } from './appx-json.ts';

const MICROSOFT =
  'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US';

// The collector's own JSON shape (windows-appx-script.ts), written for this test.
const PACKAGES = JSON.stringify([
  {
    Name: 'Microsoft.WindowsCalculator',
    Publisher: MICROSOFT,
    Architecture: 'X64',
    Version: '11.2311.0.0',
    PackageFamilyName: 'Microsoft.WindowsCalculator_8wekyb3d8bbwe',
    PackageFullName: 'Microsoft.WindowsCalculator_11.2311.0.0_x64__8wekyb3d8bbwe',
    IsFramework: false,
    IsResourcePackage: false,
    SignatureKind: 'Store',
  },
  {
    Name: 'Microsoft.VCLibs.140.00',
    Publisher: MICROSOFT,
    Architecture: 'X64',
    Version: '14.0.33519.0',
    PackageFullName: 'Microsoft.VCLibs.140.00_14.0.33519.0_x64__8wekyb3d8bbwe',
    IsFramework: true,
    SignatureKind: 'Store',
  },
  {
    Name: 'Microsoft.Windows.ShellExperienceHost',
    Publisher: MICROSOFT,
    Architecture: 'Neutral',
    Version: '10.0.22621.2506',
    PackageFullName:
      'Microsoft.Windows.ShellExperienceHost_10.0.22621.2506_neutral_neutral_cw5n1h2txyewy',
    IsFramework: false,
    SignatureKind: 'System',
  },
  {
    Name: 'Microsoft.LanguageExperiencePackfr-FR',
    Publisher: MICROSOFT,
    Version: '22621.1.2.0',
    PackageFullName: 'Microsoft.LanguageExperiencePackfr-FR_22621.1.2.0_neutral__8wekyb3d8bbwe',
    IsResourcePackage: true,
    SignatureKind: 'Store',
  },
  {
    Name: 'SchoolVendor.Planner',
    Publisher: 'CN=5F2A8E0C-1B7D-4C4E-9E0A-3B1C2D4E5F60',
    Architecture: 9,
    Version: '2.1.0.0',
    PackageFamilyName: 'SchoolVendor.Planner_abcd1234',
    PackageFullName: 'SchoolVendor.Planner_2.1.0.0_x64__abcd1234',
    IsFramework: false,
    IsResourcePackage: false,
    SignatureKind: 'Developer',
  },
]);

describe('parseAppxJson', () => {
  it('keeps user apps and drops frameworks, resource packs and system packages', () => {
    const items = parseAppxJson(PACKAGES);
    expect(items).toEqual([
      {
        name: 'Microsoft.WindowsCalculator',
        version: '11.2311.0.0',
        source: 'appx',
        id: 'Microsoft.WindowsCalculator_8wekyb3d8bbwe',
        publisher: 'Microsoft Corporation',
        arch: 'x64',
      },
      {
        name: 'SchoolVendor.Planner',
        version: '2.1.0.0',
        source: 'appx',
        id: 'SchoolVendor.Planner_abcd1234',
        publisher: '5F2A8E0C-1B7D-4C4E-9E0A-3B1C2D4E5F60',
        arch: 'x64',
      },
    ]);
    for (const item of items) expect(softwareItemSchema.parse(item)).toEqual(item);
  });

  it('lists a package seen twice once, and reads a bare object', () => {
    const one = {
      Name: 'A.B',
      Version: '1.0.0.0',
      PackageFullName: 'A.B_1.0.0.0_neutral__x',
      SignatureKind: 'Store',
      Architecture: 'Neutral',
    };
    expect(parseAppxJson(JSON.stringify([one, one]))).toHaveLength(1);
    expect(parseAppxJson(JSON.stringify(one))).toEqual([
      { name: 'A.B', version: '1.0.0.0', source: 'appx' },
    ]);
  });
});
