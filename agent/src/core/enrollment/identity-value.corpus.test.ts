// The System Information block (DMI type 1) of real machines' dmidecode outputs: which serials and
// UUIDs are kept as identities and which are recognised as fillers.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readFixtureText, reportMatches } from '../parsers/testing/fixtures.ts';
import { identifyingValue } from '@handraise/shared';

/** Serial and UUID of the first System Information block, as dmidecode printed them. */
function systemIdentity(text: string): { serial?: string; uuid?: string } {
  const block = /^System Information\r?\n((?:[ \t]+.*\r?\n?)*)/m.exec(text)?.[1] ?? '';
  const field = (name: string) =>
    new RegExp(`^[ \\t]+${name}:[ \\t]?(.*?)\\r?$`, 'm').exec(block)?.[1];
  const serial = field('Serial Number');
  const uuid = field('UUID');
  return { ...(serial !== undefined ? { serial } : {}), ...(uuid !== undefined ? { uuid } : {}) };
}

/** What each machine's firmware says, judged by hand from the outputs (see SOURCES.md). */
const EXPECTED: Record<string, { serial: boolean; uuid: boolean }> = {
  S5000VSA: { serial: false, uuid: true }, // serial "........."
  'dell-fx160': { serial: true, uuid: true },
  'dell-r620': { serial: true, uuid: true },
  'freebsd-6.2': { serial: false, uuid: false }, // blank serial, UUID "Not Present"
  'hp-dl360-gen7': { serial: true, uuid: true },
  'hp-proLiant-DL120-G6': { serial: false, uuid: false }, // XXXXXXXXXX, EEEEEEEE-…
  'linux-2.6': { serial: true, uuid: true },
  'openbsd-4.5': { serial: true, uuid: true },
  vmware: { serial: true, uuid: true },
  windows: { serial: true, uuid: true },
  'windows-7': { serial: false, uuid: true }, // "System Serial Number"
  'windows-hyperV': { serial: true, uuid: true },
  'windows-xp': { serial: true, uuid: true },
};

describe('identities in real dmidecode outputs', () => {
  const dir = fixture('hardware/dmidecode');
  const machines = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());

  it('keep real serials and UUIDs and drop the fillers', () => {
    const judged: Record<string, { serial: boolean; uuid: boolean }> = {};
    for (const machine of machines) {
      const { serial, uuid } = systemIdentity(readFixtureText(`hardware/dmidecode/${machine}`));
      // Old dmidecode formats (no SMBIOS System Information block) have nothing to judge.
      if (serial === undefined && uuid === undefined) continue;
      judged[machine] = {
        serial: identifyingValue(serial) !== undefined,
        uuid: identifyingValue(uuid) !== undefined,
      };
    }
    const matched = Object.entries(EXPECTED).filter(
      ([machine, expected]) =>
        judged[machine]?.serial === expected.serial && judged[machine].uuid === expected.uuid,
    ).length;
    reportMatches('dmidecode system identities', matched, Object.keys(judged).length);
    expect(judged).toEqual(EXPECTED);
  });
});
