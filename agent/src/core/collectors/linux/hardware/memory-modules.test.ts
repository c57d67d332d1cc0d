import { describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { readLinuxMemoryModules } from './memory-modules.ts';

// dmidecode -t 17 of a two-slot desktop with one module, written for this test.
const TWO_SLOTS_ONE_MODULE = `# dmidecode 3.4
Getting SMBIOS data from sysfs.
SMBIOS 3.2.0 present.

Handle 0x0040, DMI type 17, 84 bytes
Memory Device
\tArray Handle: 0x003F
\tTotal Width: 64 bits
\tData Width: 64 bits
\tSize: 8 GB
\tForm Factor: DIMM
\tLocator: DIMM A1
\tBank Locator: BANK 0
\tType: DDR4
\tSpeed: 3200 MT/s
\tManufacturer: Kingston
\tSerial Number: 2A1B3C4D
\tPart Number: KVR32N22S8/8
\tConfigured Memory Speed: 2666 MT/s

Handle 0x0041, DMI type 17, 84 bytes
Memory Device
\tArray Handle: 0x003F
\tSize: No Module Installed
\tForm Factor: DIMM
\tLocator: DIMM B1
\tType: Unknown
\tManufacturer: Not Specified
\tSerial Number: Not Specified
\tPart Number: Not Specified
`;

describe('readLinuxMemoryModules', () => {
  it('reads the modules from dmidecode -t 17 as root', async () => {
    const { run, calls } = fakeRunner({ dmidecode: { stdout: TWO_SLOTS_ONE_MODULE } });
    const reading = await readLinuxMemoryModules({ run, isRoot: true, hasDmidecode: true });
    expect(calls.map((call) => [call.cmd, ...call.args])).toEqual([['dmidecode', '-t', '17']]);
    expect(reading.notes).toEqual([]);
    expect(reading.memory?.slots).toBe(2);
    expect(reading.memory?.modules).toEqual([
      {
        slot: 'DIMM A1',
        sizeBytes: 8 * 2 ** 30,
        type: 'DDR4',
        speedMTs: 3200,
        manufacturer: 'Kingston',
        serial: '2A1B3C4D',
        partNumber: 'KVR32N22S8/8',
      },
    ]);
  });

  it('never runs dmidecode without root (no sudo, no password prompt), and says why', async () => {
    const { run, calls } = fakeRunner({ dmidecode: { stdout: TWO_SLOTS_ONE_MODULE } });
    const reading = await readLinuxMemoryModules({ run, isRoot: false, hasDmidecode: true });
    expect(calls).toEqual([]);
    expect(reading).toEqual({
      notes: [
        {
          collector: 'memory-modules',
          error: 'dmidecode needs root: the agent runs as a normal user',
        },
      ],
    });
  });

  it('notes a missing dmidecode, a failed run and an empty table', async () => {
    const none = fakeRunner({});
    expect(
      await readLinuxMemoryModules({ run: none.run, isRoot: true, hasDmidecode: false }),
    ).toEqual({ notes: [{ collector: 'memory-modules', error: 'dmidecode is not installed' }] });
    expect(none.calls).toEqual([]);
    const failing = fakeRunner({ dmidecode: new Error('/dev/mem: Operation not permitted') });
    expect(
      (await readLinuxMemoryModules({ run: failing.run, isRoot: true, hasDmidecode: true })).notes,
    ).toEqual([
      { collector: 'memory-modules', error: 'dmidecode failed: /dev/mem: Operation not permitted' },
    ]);
    const empty = fakeRunner({
      dmidecode: { stdout: '# dmidecode 3.4\n# No SMBIOS nor DMI entry point found, sorry.\n' },
    });
    const reading = await readLinuxMemoryModules({
      run: empty.run,
      isRoot: true,
      hasDmidecode: true,
    });
    expect(reading.memory).toBeUndefined();
    expect(reading.notes).toEqual([
      { collector: 'memory-modules', error: 'the firmware lists no memory module' },
    ]);
  });
});
