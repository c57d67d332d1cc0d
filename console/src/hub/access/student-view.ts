// What a student advisor may read of a computer's hardware and state: everything but what names
// the machine or its people. Serial numbers (the machine's and each memory module's, disk's,
// battery's and display's), hardware UUID, asset tag and network cards' MACs identify it; the
// signed-in and last signed-in users name people. The maker's model id is no identifier and stays.
import type { DeviceState, Hardware } from '@handraise/shared';

/** The part without its serial number. */
function withoutSerial<T extends { serial?: string | undefined }>(part: T): T {
  const copy = { ...part };
  delete copy.serial;
  return copy;
}

/** The hardware without its identifiers. */
export function hardwareForStudent(hardware: Hardware): Hardware {
  const copy: Hardware = {
    ...hardware,
    // `mac` is required on the card: blank says "not shown".
    network: hardware.network.map((card) => ({ ...card, mac: '' })),
  };
  delete copy.serial;
  delete copy.uuid;
  delete copy.assetTag;
  if (copy.memoryModules) copy.memoryModules = copy.memoryModules.map(withoutSerial);
  if (copy.batteries) copy.batteries = copy.batteries.map(withoutSerial);
  if (copy.physicalDisks) copy.physicalDisks = copy.physicalDisks.map(withoutSerial);
  if (copy.displays) copy.displays = copy.displays.map(withoutSerial);
  return copy;
}

/** The state without user names or MACs. */
export function stateForStudent(state: DeviceState): DeviceState {
  const copy = { ...state };
  delete copy.loggedInUsers;
  delete copy.lastLoggedInUser;
  if (copy.interfaces)
    copy.interfaces = copy.interfaces.map((card) => {
      const shown = { ...card };
      delete shown.mac;
      return shown;
    });
  return copy;
}
