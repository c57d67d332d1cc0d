import { readFileSync } from 'node:fs';
import { osInfo } from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { collectHardware, systeminformationSource } from '../../hardware.ts';
import { USED_BYTES_GRANULE } from '../../hardware-mapping.ts';
import { presentValue } from '../../field-values.ts';
import { toOsInfo } from '../../os.ts';
import { readLinuxCpu } from './cpu.ts';
import { readLinuxGraphics } from './graphics.ts';
import { readLinuxOs } from './os-release.ts';
import { linuxHardwareSource } from './source.ts';
import { readLinuxSystem } from './system-identity.ts';

/** The fields of each answer the report is made of (see hardware-mapping.ts). */
const REPORTED = {
  system: ['manufacturer', 'model', 'serial', 'uuid'],
  cpu: ['manufacturer', 'brand', 'cores', 'physicalCores', 'speed'],
  mem: ['total'],
  // Not designedCapacity: systeminformation ORs the design energy's bits with the full one's
  // (battery.ts reads the design figure alone).
  battery: ['hasBattery', 'cycleCount', 'maxCapacity'],
  uuid: ['hardware'],
} as const;

const withoutSpeed = (keys: readonly string[]) => keys.filter((key) => key !== 'speed');

/** Whether this machine's CPU name states its clock ("… CPU @ 2.40GHz"); AMD and ARM names do not. */
const clockInName = async () => /^model name\s*:.*@/m.test(readFileSync('/proc/cpuinfo', 'utf8'));

const pick = (value: object, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));

/**
 * A serial as the report takes it (hardware-mapping.ts): where none is known, systeminformation
 * writes "-" (or dmidecode's "Not Specified") and the readers leave it empty; both mean none.
 */
const asReported = (facts: Record<string, unknown>) =>
  'serial' in facts && typeof facts.serial === 'string'
    ? { ...facts, serial: presentValue(facts.serial) }
    : facts;

// Systeminformation itself, on this Debian machine, is the reference the readers must match.
describe('the Linux readers on this machine, beside systeminformation', () => {
  const ours = linuxHardwareSource(systeminformationSource);

  it('answer by themselves here, without systeminformation', async () => {
    expect(await readLinuxSystem()).toBeDefined();
    expect(await readLinuxCpu()).toBeDefined();
    expect(await readLinuxGraphics()).toBeDefined();
  });

  it.each(Object.entries(REPORTED))('%s() reports the same', async (call, keys) => {
    const name = call as keyof typeof REPORTED;
    const [mine, theirs] = await Promise.all([ours[name](), systeminformationSource[name]()]);
    const compared = name === 'cpu' && !(await clockInName()) ? withoutSpeed(keys) : keys;
    expect(asReported(pick(mine, compared))).toEqual(asReported(pick(theirs, compared)));
  });

  it("reports a CPU clock the kernel knows, whatever the CPU's maker", async () => {
    const { speed } = await ours.cpu();
    expect(speed).toBeGreaterThanOrEqual(0);
    const kernelMHz = readFileSync('/proc/cpuinfo', 'utf8').match(/^cpu MHz\s*:\s*([\d.]+)/m);
    if ((await clockInName()) || kernelMHz) expect(speed).toBeGreaterThan(0);
  });

  it('graphics() and networkInterfaces() report the same', async () => {
    const controllers = (answer: { controllers: object[] }) =>
      answer.controllers.map((controller) => pick(controller, ['vendor', 'model']));
    expect(controllers(await ours.graphics())).toEqual(
      controllers(await systeminformationSource.graphics()),
    );
    const keys = ['iface', 'mac', 'ip4', 'ip6', 'type', 'internal'];
    const interfaces = async (source: typeof ours) =>
      (await source.networkInterfaces()).map((nic) => pick(nic, keys));
    expect(await interfaces(ours)).toEqual(await interfaces(systeminformationSource));
  });

  it('fsSize() lists the same file systems; used space moves while the tests run', async () => {
    const [mine, theirs] = await Promise.all([ours.fsSize(), systeminformationSource.fsSize()]);
    const fixed = (list: typeof mine) => list.map((fs) => pick(fs, ['mount', 'type', 'size']));
    expect(fixed(mine)).toEqual(fixed(theirs));
    mine.forEach((fs, index) => {
      expect(Math.abs(fs.used - (theirs[index]?.used ?? 0))).toBeLessThan(USED_BYTES_GRANULE);
    });
  });

  it('make the same hardware section and OS description', async () => {
    const [mine, theirs] = await Promise.all([
      collectHardware(ours),
      collectHardware(systeminformationSource),
    ]);
    // Where the CPU's name carries no clock, systeminformation looks one up in its table of AMD
    // models and ours reads the kernel's: the clock is compared above, not here.
    const clockCompared = await clockInName();
    const withoutUse = (hardware: typeof mine) => ({
      ...hardware,
      cpu: clockCompared ? hardware.cpu : { ...hardware.cpu, speedGHz: 0 },
      disks: hardware.disks.map(({ usedBytes: _used, ...disk }) => disk),
    });
    expect(withoutUse(mine)).toEqual(withoutUse(theirs));
    expect(toOsInfo(readLinuxOs())).toEqual(toOsInfo(await osInfo()));
  });
});
