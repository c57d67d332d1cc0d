import { describe, expect, it } from 'vitest';
import type { Hardware } from '@handraise/shared';
import { withDetails } from './hardware-with-details.ts';
import { Noted } from './noted.ts';

const base: Hardware = {
  model: 'Latitude 5420',
  cpu: { brand: 'Intel Core i5', cores: 8, physicalCores: 4, speedGHz: 2.6 },
  memoryBytes: 16 * 2 ** 30,
  disks: [],
  gpus: [],
  network: [],
};

describe('withDetails', () => {
  it('adds the details and their notes to the hardware', () => {
    const result = withDetails(base, {
      value: { chassis: 'laptop', memorySlots: 2 },
      notes: [{ collector: 'hardware/displays', error: 'no monitor connected' }],
    });
    expect(result).toBeInstanceOf(Noted);
    expect(result.value).toEqual({ ...base, chassis: 'laptop', memorySlots: 2 });
    expect(result.notes).toEqual([
      { collector: 'hardware/displays', error: 'no monitor connected' },
    ]);
  });

  it.each([
    ['Docker Container', 'running in a container: the host’s model is not visible'],
    ['Computer', 'the firmware names no model'],
    ['Virtual machine', 'a virtual machine whose firmware names no model'],
  ])('sends no stand-in model "%s", with a note saying why', (model, why) => {
    const result = withDetails({ ...base, model }, { value: {}, notes: [] });
    expect(result.value).not.toHaveProperty('model');
    expect(result.notes).toEqual([{ collector: 'hardware/model', error: why }]);
  });

  it('keeps the hardware it has when the details could not be read, with a note', () => {
    const result = withDetails(base, { error: 'powershell.exe not found' });
    expect(result.value).toEqual(base);
    expect(result.notes).toEqual([
      { collector: 'hardware/details', error: 'powershell.exe not found' },
    ]);
  });
});
