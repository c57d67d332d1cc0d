import type { CollectorNote, Hardware } from '@handraise/shared';
import type { DeviceDetails } from './device-details.ts';
import { Noted } from './noted.ts';

/**
 * Names systeminformation (and the Linux readers that reproduce it) put in `model` when the
 * firmware names none: a stand-in, not the computer's model, and the same on thousands of
 * machines. "WSL" is not among them: it does say what runs there.
 */
const STAND_IN_MODELS: ReadonlyMap<string, string> = new Map([
  ['Computer', 'the firmware names no model'],
  ['Docker Container', 'running in a container: the host’s model is not visible'],
  ['Virtual machine', 'a virtual machine whose firmware names no model'],
]);

/** Systeminformation's hardware with the platform's details added, stand-in model removed. */
export function withDetails(
  base: Hardware,
  details: DeviceDetails['hardware'] | { error: string },
): Noted<Hardware> {
  const hardware: Hardware = { ...base };
  const notes: CollectorNote[] = [];
  const standIn = hardware.model === undefined ? undefined : STAND_IN_MODELS.get(hardware.model);
  if (standIn !== undefined) {
    delete hardware.model;
    notes.push({ collector: 'hardware/model', error: standIn });
  }
  if ('error' in details) {
    notes.push({ collector: 'hardware/details', error: details.error });
  } else {
    Object.assign(hardware, details.value);
    notes.push(...details.notes);
  }
  return new Noted(hardware, notes);
}
