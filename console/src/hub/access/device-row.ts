// A computer's list row as each person may read it: a student advisor never gets its serial
// number, in the list or in the pushes that keep the list live (see sockets/device-push.ts).
import type { Device, User } from '@handraise/shared';
import { isStudentAdvisor } from './advisor-reach.ts';
import { withheldVerdicts } from './verdict-visibility.ts';

/** The row without its serial number. */
export const withoutSerial = (device: Device): Device => ({
  ...device,
  identifiers: { ...device.identifiers, serial: null },
});

/** The row as a student advisor reads it: no serial number, no update counts either. */
export const studentRow = (device: Device): Device => withheldVerdicts(withoutSerial(device));

/** The row as this person may read it. */
export const deviceRowFor = (user: User, device: Device): Device =>
  isStudentAdvisor(user) ? studentRow(device) : device;
