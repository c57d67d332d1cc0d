import { describe, expect, it } from 'vitest';
import { averageClockGHz, cpuFromLscpu, cpuMaker, raspberryPiSoc, splitBrand } from './cpu.ts';

// Expected values are what systeminformation 5.33's cpu() reported for the same lscpu output
// and cores (checked by handing it that output).
const TWO_CORES = [
  { model: 'Intel(R) Xeon(R) Processor', speed: 0 },
  { model: 'Intel(R) Xeon(R) Processor', speed: 0 },
];
const noCpuinfo = async () => [];

const LAPTOP = `Architecture:                    x86_64
CPU(s):                          8
Vendor ID:                       GenuineIntel
Model name:                      Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz
BIOS Model name:                 Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz
CPU family:                      6
Model:                           142
Thread(s) per core:              2
Core(s) per socket:              4
Socket(s):                       1
`;

describe('cpuFromLscpu', () => {
  it('splits maker, brand and clock from the model name', async () => {
    expect(await cpuFromLscpu({ lscpu: LAPTOP, cpus: TWO_CORES, cpuinfo: noCpuinfo })).toEqual({
      manufacturer: 'Intel',
      brand: 'Core™ i5-8250U',
      cores: 2,
      physicalCores: 4,
      speed: 1.6,
    });
  });

  it("prefers lscpu's BIOS model name, even a virtual machine's", async () => {
    const vm = `Architecture:                    x86_64
Vendor ID:                       GenuineIntel
Model name:                      Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz
BIOS Model name:                 pc-q35-8.2  CPU @ 2.0GHz
Thread(s) per core:              1
Core(s) per socket:              1
Socket(s):                       2
`;
    expect(await cpuFromLscpu({ lscpu: vm, cpus: TWO_CORES, cpuinfo: noCpuinfo })).toEqual({
      manufacturer: 'pc-q35-8.2',
      brand: '',
      cores: 2,
      physicalCores: 2,
      speed: 2,
    });
  });

  it('counts cores from threads per core where there are no sockets (ARM)', async () => {
    const arm = `Architecture:                    aarch64
Vendor ID:                       ARM
Model name:                      Cortex-A72
Thread(s) per core:              1
Core(s) per cluster:             4
Socket(s):                       -
`;
    const cpuinfo = async () => ['Hardware\t: BCM2835x', 'Model\t\t: Some board'];
    expect(await cpuFromLscpu({ lscpu: arm, cpus: TWO_CORES, cpuinfo })).toEqual({
      manufacturer: 'Cortex-A72',
      brand: '',
      cores: 2,
      physicalCores: 2,
      speed: 0,
    });
  });

  it("uses Node's model name and the cores' clock without lscpu", async () => {
    const cpus = [
      { model: 'Intel(R) Celeron(R) N4020 CPU', speed: 2_600 },
      { model: 'Intel(R) Celeron(R) N4020 CPU', speed: 1_100 },
    ];
    expect(await cpuFromLscpu({ lscpu: '', cpus, cpuinfo: noCpuinfo })).toEqual({
      manufacturer: 'Intel',
      brand: 'Celeron® N4020',
      cores: 2,
      physicalCores: 2,
      speed: 1.85,
    });
  });

  it('reads the clock of a CPU whose name carries none from lscpu, the cores, then the kernel', async () => {
    const ryzen =
      'Vendor ID: AuthenticAMD\nModel name: AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx\n';
    const withMax = `${ryzen}CPU max MHz: 2100.0000\nCPU min MHz: 1400.0000\n`;
    expect(await cpuFromLscpu({ lscpu: withMax, cpus: TWO_CORES, cpuinfo: noCpuinfo })).toEqual({
      manufacturer: 'AMD',
      brand: 'Ryzen 5 3500U with Radeon Vega Mobile Gfx',
      cores: 2,
      physicalCores: 2,
      speed: 2.1,
    });
    const busy = [
      { model: 'AMD EPYC', speed: 2_999 },
      { model: 'AMD EPYC', speed: 1_999 },
    ];
    const epyc = 'Vendor ID: AuthenticAMD\nModel name: AMD EPYC\n';
    expect(await cpuFromLscpu({ lscpu: epyc, cpus: busy, cpuinfo: noCpuinfo })).toMatchObject({
      manufacturer: 'AMD',
      brand: 'EPYC',
      speed: 2.5,
    });
    // A virtual machine: Node reads 0 MHz, the kernel knows the host's clock.
    const kernel = async () => [
      'model name\t: AMD EPYC',
      'cpu MHz\t\t: 2096.005',
      'cpu MHz\t: 2096.005',
    ];
    expect(await cpuFromLscpu({ lscpu: epyc, cpus: TWO_CORES, cpuinfo: kernel })).toMatchObject({
      speed: 2.1,
    });
    expect(await cpuFromLscpu({ lscpu: epyc, cpus: TWO_CORES, cpuinfo: noCpuinfo })).toMatchObject({
      speed: 0,
    });
  });

  it("names a Raspberry Pi's SoC from its revision code", async () => {
    const pi = 'Vendor ID: ARM\nModel name: Cortex-A72\n';
    const pi4 = async () => [
      'Hardware\t: BCM2835',
      'Revision\t: c03114',
      'Model\t\t: Raspberry Pi 4 Model B Rev 1.4',
    ];
    expect(await cpuFromLscpu({ lscpu: pi, cpus: TWO_CORES, cpuinfo: pi4 })).toMatchObject({
      manufacturer: 'Broadcom',
      brand: 'BCM2711',
    });
    expect(raspberryPiSoc(['Revision\t: a02082'])).toBe('BCM2837');
    expect(raspberryPiSoc(['Revision\t: c04170'])).toBe('BCM2712');
    expect(raspberryPiSoc(['Revision\t: 000e'])).toBe('BCM2835');
  });

  it('takes maker and core from the uarch of a RISC-V board', async () => {
    const riscv = 'Architecture: riscv64\nModel name: -\n';
    const cpuinfo = async () => ['isa\t\t: rv64imafdc', 'uarch\t\t: sifive,u74-mc'];
    const cpu = await cpuFromLscpu({ lscpu: riscv, cpus: TWO_CORES, cpuinfo });
    expect(cpu).toMatchObject({ manufacturer: 'SiFive', brand: 'u74-mc' });
  });
});

describe('brand helpers', () => {
  it('names makers, the last match winning, and keeps unknown names', () => {
    expect(cpuMaker('GenuineIntel')).toBe('Intel');
    expect(cpuMaker('AuthenticAMD')).toBe('AMD');
    expect(cpuMaker('Cortex-A53')).toBe('Cortex-A53');
  });

  it('turns (R), (TM) and (C) into symbols and drops "CPU"', () => {
    expect(splitBrand('Intel(R) Xeon(R) CPU E5-2680 v4')).toEqual({
      manufacturer: 'Intel',
      brand: 'Xeon® E5-2680 v4',
    });
  });

  it('averages the current clocks in GHz', () => {
    expect(averageClockGHz([{ speed: 2_399 }, { speed: 2_399 }])).toBe(2.4);
    expect(averageClockGHz([{ speed: 0 }])).toBe(0);
    expect(averageClockGHz([])).toBe(0);
  });
});
