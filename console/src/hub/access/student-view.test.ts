import { describe, expect, test } from 'vitest';
import { hardwareSchema } from '@handraise/shared';
import {
  IDENTIFIERS,
  MODEL_ID,
  PEOPLE,
  richHardware,
  richState,
} from '../testing/rich-inventory.ts';
import { hardwareForStudent, stateForStudent } from './student-view.ts';

/** Every key anywhere in a value, nested ones included. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
}

describe("a student advisor's view", () => {
  test('of the hardware keeps no serial, UUID, asset tag or MAC, and stays valid hardware', () => {
    const shown = hardwareForStudent(richHardware());
    const json = JSON.stringify(shown);
    for (const identifier of Object.values(IDENTIFIERS)) expect(json).not.toContain(identifier);
    const identifying = ['serial', 'uuid', 'assetTag'];
    expect(keysIn(shown).filter((key) => identifying.includes(key))).toEqual([]);
    expect(shown.modelId).toBe(MODEL_ID);
    expect(shown.memoryModules?.[0]).toEqual({
      slot: 'DIMM 0',
      sizeBytes: 8 * 1024 ** 3,
      type: 'DDR4',
    });
    expect(hardwareSchema.safeParse(shown).success).toBe(true);
  });

  test('of the state names nobody and keeps no MAC, the rest as it was', () => {
    const state = richState();
    const shown = stateForStudent(state);
    const json = JSON.stringify(shown);
    for (const name of Object.values(PEOPLE)) expect(json).not.toContain(name);
    expect(keysIn(shown).filter((key) => key === 'mac')).toEqual([]);
    expect(shown.interfaces?.[0]?.ipv4).toEqual(state.interfaces?.[0]?.ipv4);
    expect({ ...shown, interfaces: undefined }).toEqual({
      ...state,
      loggedInUsers: undefined,
      lastLoggedInUser: undefined,
      interfaces: undefined,
    });
  });

  test('leaves what it was given untouched', () => {
    const hardware = richHardware();
    const state = richState();
    hardwareForStudent(hardware);
    stateForStudent(state);
    expect(hardware).toEqual(richHardware());
    expect(state).toEqual(richState());
  });
});
