// What a requester's tray shows about this computer and who could come: its enrolled name and
// place, the helpers on duty who cover it (any skill: the requester wants to know someone is
// there), and the school's fallback line.
import type { HelpDeskInfo, HelperOnDuty } from '@handraise/shared';
import { inScope } from '../access/advisor-reach.ts';
import type { Where } from '../rooms.ts';
import type { DutyRoster } from './duty-roster.ts';

export type HelpDeskInfoDeps = {
  findDevice: (
    deviceId: string,
  ) => Promise<(Where & { name: string; seat?: string | null }) | null>;
  roster: Pick<DutyRoster, 'onDutyNow'>;
  fallbackContact: () => Promise<string | null>;
};

/** The tray's view of the help desk for one device; null if the device is gone. */
export async function helpDeskInfo(
  deviceId: string,
  deps: HelpDeskInfoDeps,
): Promise<HelpDeskInfo | null> {
  const device = await deps.findDevice(deviceId);
  if (!device) return null;
  const onDuty: HelperOnDuty[] = (await deps.roster.onDutyNow())
    .filter((user) => inScope(user, device))
    // Advisors first: they are the ones asked first.
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'advisor' ? -1 : 1))
    .map((user) => ({ name: user.displayName, role: user.role }));
  return {
    deviceName: device.name,
    site: device.site,
    room: device.room,
    // Only when named: trays of computers with no seat read what they always did.
    ...(device.seat ? { seat: device.seat } : {}),
    onDuty,
    fallbackContact: await deps.fallbackContact(),
  };
}
