import { describe, expect, it } from 'vitest';
import { deviceStateSchema, hardwareSchema } from '@handraise/shared';
import { HYPERV_GUEST } from '../../parsers/windows/testing/hardware-desktop.ts';
import { LAPTOP } from '../../parsers/windows/testing/hardware-laptop.ts';
import { CommandNotFoundError } from '../../run-command.ts';
import { toDeviceDetails } from '../device-details.ts';
import { fakeRunner } from '../testing/fake-runner.ts';
import { collectWindowsFacts, HARDWARE_SCRIPT_TIMEOUT_MS } from './hardware-details.ts';

const base = {
  cpu: { brand: 'Intel Core i5-1145G7', cores: 8, physicalCores: 4, speedGHz: 2.6 },
  memoryBytes: 16964292608,
  disks: [],
  gpus: [],
  network: [],
};

describe('collectWindowsFacts', () => {
  it('runs the hardware script once, with its own generous timeout, and maps a laptop', async () => {
    const { run, calls } = fakeRunner({ 'ConvertTo-Json': { stdout: JSON.stringify(LAPTOP) } });
    const details = toDeviceDetails(await collectWindowsFacts(run));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toMatch(/powershell\.exe$/);
    expect(calls[0]?.options.timeoutMs).toBe(HARDWARE_SCRIPT_TIMEOUT_MS);
    const hardware = details.hardware.value;
    expect(hardware).toMatchObject({
      assetTag: 'SCH-0421',
      chassis: 'laptop',
      firmware: { vendor: 'Dell Inc.', version: '1.29.0', releaseDate: '2023-08-10' },
      encryption: [
        { volume: 'C:', method: 'bitlocker', state: 'on' },
        { volume: 'D:', method: 'bitlocker', state: 'off' },
      ],
    });
    expect(hardware.batteries).toHaveLength(1);
    expect(hardware.displays?.length).toBeGreaterThan(0);
    expect(hardwareSchema.safeParse({ ...base, ...hardware }).success).toBe(true);
    const state = details.state.value;
    expect(state?.loggedInUsers).toEqual(['SCHOOL\\jdoe']);
    expect(deviceStateSchema.safeParse(state).success).toBe(true);
    expect(details.hardware.notes).toEqual([]);
    expect(details.state.notes).toEqual([]);
  });

  it("turns the script's notes into notes of the section each part belongs to", async () => {
    const { run } = fakeRunner({ 'ConvertTo-Json': { stdout: JSON.stringify(HYPERV_GUEST) } });
    const details = toDeviceDetails(await collectWindowsFacts(run));
    const texts = (notes: { collector: string; error: string }[]) =>
      notes.map((entry) => `${entry.collector}: ${entry.error}`);
    expect(texts(details.hardware.notes)).toContain(
      'hardware/windows-script: Win32_PhysicalMemory could not be read',
    );
    expect(texts(details.state.notes)).toContain('state/windows-script: LogonUI could not be read');
    expect(texts(details.state.notes)).not.toContain(
      'state/windows-script: WmiMonitorID could not be read',
    );
    expect(hardwareSchema.safeParse({ ...base, ...details.hardware.value }).success).toBe(true);
  });

  it('fails as a whole when PowerShell is missing, for the caller to note', async () => {
    const { run } = fakeRunner({ 'ConvertTo-Json': new CommandNotFoundError('powershell.exe') });
    await expect(collectWindowsFacts(run)).rejects.toThrow('powershell.exe not found');
  });

  it('gives empty facts and a note for output that is not the script’s JSON', async () => {
    const { run } = fakeRunner({ 'ConvertTo-Json': { stdout: 'Access denied' } });
    const details = toDeviceDetails(await collectWindowsFacts(run));
    expect(details.state.value).toEqual({});
    expect(details.hardware.notes).toEqual([
      {
        collector: 'hardware/windows-script',
        error: 'the output is not the hardware script’s JSON object',
      },
    ]);
  });
});
