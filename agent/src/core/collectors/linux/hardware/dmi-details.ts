import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectorNote } from '@handraise/shared';
import { dmiDate } from '../../../parsers/hardware/dmi-values.ts';
import type { IdentityFacts } from '../../../parsers/hardware/hardware-facts.ts';
import { meaningful } from '../../../parsers/hardware/placeholders.ts';
import { chassisKindFromSmbiosType } from '../../../parsers/hardware/smbios-chassis-type.ts';
import { DMI_DIR } from './system-identity.ts';
import { firstLine } from './key-values.ts';

/** The world-readable firmware attributes read here (serials and UUID need root: elsewhere). */
const ATTRIBUTES = [
  'bios_vendor',
  'bios_version',
  'bios_date',
  'chassis_type',
  'chassis_asset_tag',
] as const;
type Attribute = (typeof ATTRIBUTES)[number];

export type DmiDetails = { identity: IdentityFacts; notes: CollectorNote[] };

async function readAttribute(dir: string, name: Attribute): Promise<string | undefined> {
  try {
    return firstLine(await readFile(join(dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Firmware, chassis and asset tag from the kernel's copy of the SMBIOS tables. Each value goes
 * through the placeholder rule; a fact the firmware leaves blank is absent with a note, and
 * where there are no tables at all (containers, some virtual machines) one note says so.
 */
export async function readDmiDetails(dir = DMI_DIR): Promise<DmiDetails> {
  const values = await Promise.all(ATTRIBUTES.map((name) => readAttribute(dir, name)));
  const raw = Object.fromEntries(ATTRIBUTES.map((name, i) => [name, values[i]])) as Record<
    Attribute,
    string | undefined
  >;
  if (values.every((value) => value === undefined)) {
    return {
      identity: {},
      notes: [
        {
          collector: 'dmi',
          error: `no firmware tables (${dir} is absent): firmware, chassis and asset tag unknown`,
        },
      ],
    };
  }
  const identity: IdentityFacts = {};
  const notes: CollectorNote[] = [];
  const firmware = {
    vendor: meaningful(raw.bios_vendor),
    version: meaningful(raw.bios_version),
    // MM/DD/YYYY in SMBIOS; YYYY-MM-DD on the wire.
    releaseDate: dmiDate(raw.bios_date),
  };
  const firmwareKnown = Object.entries(firmware).filter(([, value]) => value !== undefined);
  if (firmwareKnown.length > 0) identity.firmware = Object.fromEntries(firmwareKnown);
  else
    notes.push({ collector: 'firmware', error: 'the firmware names neither vendor nor version' });

  const typeNumber = Number(meaningful(raw.chassis_type));
  const chassis = Number.isInteger(typeNumber) ? chassisKindFromSmbiosType(typeNumber) : undefined;
  if (chassis !== undefined) identity.chassis = chassis;
  else notes.push({ collector: 'chassis', error: 'the firmware gives no known chassis type' });

  const assetTag = meaningful(raw.chassis_asset_tag);
  if (assetTag !== undefined) identity.assetTag = assetTag;
  else notes.push({ collector: 'asset-tag', error: 'no asset tag set in the firmware' });
  return { identity, notes };
}
