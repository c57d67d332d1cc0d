import { osInfo } from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { collectHardware, systeminformationSource } from '../hardware.ts';
import { USED_BYTES_GRANULE } from '../hardware-mapping.ts';
import { toOsInfo } from '../os.ts';
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
  battery: ['hasBattery', 'cycleCount', 'designedCapacity', 'maxCapacity'],
  uuid: ['hardware'],
} as const;

const pick = (value: object, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));

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
    expect(pick(mine, keys)).toEqual(pick(theirs, keys));
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
    const withoutUse = (hardware: typeof mine) => ({
      ...hardware,
      disks: hardware.disks.map(({ usedBytes: _used, ...disk }) => disk),
    });
    expect(withoutUse(mine)).toEqual(withoutUse(theirs));
    expect(toOsInfo(readLinuxOs())).toEqual(toOsInfo(await osInfo()));
  });
});
