// A computer's list row as each person may read it: a student advisor reads computers' names and
// state only, never their identifiers (serial, model, network addresses), in the list, the sync
// pages or the pushes that keep the list live (see sockets/device-push.ts, device-feed/).
import type { Device, DeviceIdentifiers, User } from '@handraise/shared';
import { isStudentAdvisor } from './advisor-reach.ts';
import { withheldVerdicts } from './verdict-visibility.ts';

/** Identifiers that say nothing: what a student's row carries, so a search on them finds nothing. */
const NO_IDENTIFIERS: DeviceIdentifiers = { serial: null, model: null, ips: [], macs: [] };

/** The row without its serial number, model and addresses. */
export const withoutIdentifiers = (device: Device): Device => ({
  ...device,
  identifiers: { ...NO_IDENTIFIERS, ips: [], macs: [] }, // fresh arrays: rows are never shared
});

/** The row as a student advisor reads it: no identifiers, no update counts either. */
export const studentRow = (device: Device): Device => withheldVerdicts(withoutIdentifiers(device));

/** The row as this person may read it. */
export const deviceRowFor = (user: User, device: Device): Device =>
  isStudentAdvisor(user) ? studentRow(device) : device;
