import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readJsonRecords, recordFlag, recordText } from './powershell-json.ts';

/** `CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US`. */
const ORGANIZATION = /(?:^|,\s*)O=("[^"]*"|[^,]*)/;
const COMMON_NAME = /(?:^|,\s*)CN=("[^"]*"|[^,]*)/;

/** Windows.System.ProcessorArchitecture numbers, in case the enum reaches JSON unconverted. */
const ARCHITECTURE_NUMBERS: Readonly<Record<string, string>> = {
  '0': 'x86',
  '5': 'arm',
  '9': 'x64',
  '11': 'neutral',
  '12': 'arm64',
};

/**
 * Parses the collector's `Get-AppxPackage` JSON (Name, Publisher, Architecture, Version,
 * PackageFamilyName, PackageFullName, IsFramework, IsResourcePackage, SignatureKind) into Store
 * and sideloaded apps. Frameworks, resource packs and OS-signed (`System`) packages are not user
 * apps and are dropped; each PackageFullName is listed once (`-AllUsers` repeats none, but a
 * fallback run may). The name is the package name (`Microsoft.WindowsCalculator`): display names
 * live in manifests as `ms-resource:` strings the collector does not resolve.
 */
export function parseAppxJson(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  const seen = new Set<string>();
  for (const record of readJsonRecords(text)) {
    const name = recordText(record, 'Name');
    if (name === undefined) continue;
    if (recordFlag(record, 'IsFramework') === true) continue;
    if (recordFlag(record, 'IsResourcePackage') === true) continue;
    if (recordText(record, 'SignatureKind')?.toLowerCase() === 'system') continue;
    const fullName = recordText(record, 'PackageFullName') ?? name;
    if (seen.has(fullName)) continue;
    seen.add(fullName);
    const item: SoftwareItem = {
      name: clipShortString(name),
      version: clipShortString(recordText(record, 'Version') ?? ''),
      source: 'appx',
    };
    const family = recordText(record, 'PackageFamilyName');
    if (family !== undefined) item.id = clipShortString(family);
    const publisher = publisherName(recordText(record, 'Publisher'));
    if (publisher !== undefined) item.publisher = clipShortString(publisher);
    const rawArch = recordText(record, 'Architecture')?.toLowerCase();
    const arch = rawArch === undefined ? undefined : (ARCHITECTURE_NUMBERS[rawArch] ?? rawArch);
    if (arch !== undefined && arch !== 'neutral') item.arch = arch;
    items.push(item);
  }
  return items;
}

// The organization of the signing certificate's subject, else its common name.
function publisherName(subject: string | undefined): string | undefined {
  if (subject === undefined) return undefined;
  const match = ORGANIZATION.exec(subject) ?? COMMON_NAME.exec(subject);
  const value = match?.[1]?.replace(/^"|"$/g, '').trim();
  return value === undefined || value === '' ? subject : value;
}
