import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deviceStateSchema,
  hardwareSchema,
  hotfixSchema,
  osInfoSchema,
  pendingUpdateSchema,
  softwareItemSchema,
  type SectionName,
} from '@handraise/shared';
import { GENERATED_PATH, sectionJsonSchemasSource } from '../../tools/section-json-schemas.ts';
import { sampleSections } from '../../../console/src/hub/testing/sample-inventory.ts';
import { checkSection } from '../../src/core/section-check.ts';

// The hub judges with zod; the agent with the JSON Schema generated from the same zod schemas.
// Where they disagree, a report the agent thinks fine is refused whole: so they must agree.
const ZOD = {
  os: osInfoSchema,
  hardware: hardwareSchema,
  software: softwareItemSchema.array(),
  updates: pendingUpdateSchema.array(),
  hotfixes: hotfixSchema.array(),
  state: deviceStateSchema,
} as const;

const good = sampleSections();
const state = {
  bootTime: '2026-12-01T07:30:00.000Z',
  timeZone: 'Europe/Madrid',
  interfaces: [{ name: 'eth0', ipv4: ['10.0.0.5'], ipv6: [] }],
};

/** Each section's sample, then values a careless reader could produce. */
const CASES: [SectionName, unknown][] = [
  ['os', good.os],
  ['hardware', good.hardware],
  ['software', good.software],
  ['updates', good.updates],
  ['hotfixes', good.hotfixes],
  ['state', state],
  ['os', { ...good.os, platform: 'beos' }],
  ['os', { ...good.os, extra: 1 }],
  ['hardware', { ...good.hardware, memoryBytes: -1 }],
  ['hardware', { ...good.hardware, memoryBytes: 1.5 }],
  ['hardware', { ...good.hardware, model: 'x'.repeat(513) }],
  ['hardware', { ...good.hardware, firmware: { releaseDate: '2020-13-45' } }],
  ['hardware', { ...good.hardware, firmware: { releaseDate: '2024-02-29' } }],
  ['hardware', { ...good.hardware, firmware: { releaseDate: '2023-02-29' } }],
  ['software', [{ name: '', version: '1', source: 'dpkg' }]],
  ['software', [{ name: 'a', version: '1', source: 'dpkg', arch: null }]],
  ['software', 'not a list'],
  ['updates', [{ name: 'a', availableVersion: '2', source: 'apt', security: 'yes' }]],
  ['state', { ...state, bootTime: 'yesterday' }],
  ['state', { ...state, bootTime: '2026-12-01T07:30:00' }],
  ['state', { ...state, interfaces: [{ name: 'eth0', ipv4: ['x'.repeat(65)], ipv6: [] }] }],
  ['state', { ...state, gateways: Array.from({ length: 17 }, () => '10.0.0.1') }],
  ['hardware', { ...good.hardware, firmware: { releaseDate: '9999-99-99' } }],
  ['hardware', { ...good.hardware, cpu: { ...good.hardware.cpu, cores: 2 ** 53 - 1 } }],
  ['hardware', { ...good.hardware, cpu: { ...good.hardware.cpu, speedGHz: 1e308 } }],
  ['hardware', { ...good.hardware, memoryBytes: 2 ** 53 - 1 }],
  ['hardware', { ...good.hardware, memorySlots: 2 ** 53 - 1 }],
  ['hardware', { ...good.hardware, batteries: [{ cycleCount: 2 ** 40 }] }],
  ['state', { ...state, security: { firewallEnabled: { Domain: true, Public: false } } }],
  [
    'state',
    {
      ...state,
      security: {
        firewallEnabled: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, true])),
      },
    },
  ],
];

describe("the agent's check of a section against the contract", () => {
  it('is generated from the current zod schemas (npm run generate:section-schemas)', async () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await sectionJsonSchemasSource());
  });

  it.each(CASES.map(([name, value], index) => [index, name, value] as const))(
    'agrees with the hub on case %i (%s)',
    (_, name, value) => {
      const hub = ZOD[name].safeParse(value).success;
      expect(checkSection(name, value).ok).toBe(hub);
    },
  );

  it('refuses days that do not exist and absurd figures, as the hub does', () => {
    const hardware = (parts: object) => checkSection('hardware', { ...good.hardware, ...parts });
    expect(hardware({ firmware: { releaseDate: '2024-02-29' } }).ok).toBe(true);
    expect(hardware({ firmware: { releaseDate: '2023-02-29' } }).ok).toBe(false);
    expect(hardware({ firmware: { releaseDate: '2020-13-45' } }).ok).toBe(false);
    expect(hardware({ memorySlots: 2 ** 53 - 1 }).ok).toBe(false);
    const profiles = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, true]));
    expect(checkSection('state', { ...state, security: { firewallEnabled: profiles } }).ok).toBe(
      false,
    );
  });

  it('says where the value at fault is', () => {
    const check = checkSection('software', [
      { name: 'ok', version: '1', source: 'dpkg' },
      { name: 'bad', version: 7, source: 'dpkg' },
    ]);
    expect(check).toMatchObject({ ok: false, where: '1.version' });
  });
});
