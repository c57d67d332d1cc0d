import {
  booleanField,
  integerField,
  isObject,
  objectsOf,
  parseJson,
  stringField,
  type JsonObject,
} from './json-fields.ts';

/** One block device of `lsblk -J`, with the columns the state readers ask for. */
export type LsblkDevice = {
  name?: string;
  type?: string;
  model?: string;
  serial?: string;
  sizeBytes?: number;
  rotational?: boolean;
  transport?: string;
  fsType?: string;
  mountpoint?: string;
  children: LsblkDevice[];
};

function toDevice(object: JsonObject): LsblkDevice {
  const device: LsblkDevice = { children: objectsOf(object.children).map(toDevice) };
  const name = stringField(object, 'name');
  if (name !== undefined) device.name = name;
  const type = stringField(object, 'type');
  if (type !== undefined) device.type = type;
  const model = stringField(object, 'model');
  if (model !== undefined) device.model = model;
  const serial = stringField(object, 'serial');
  if (serial !== undefined) device.serial = serial;
  const size = integerField(object, 'size');
  if (size !== undefined) device.sizeBytes = size;
  const rotational = booleanField(object, 'rota');
  if (rotational !== undefined) device.rotational = rotational;
  const transport = stringField(object, 'tran');
  if (transport !== undefined) device.transport = transport;
  const fsType = stringField(object, 'fstype');
  if (fsType !== undefined) device.fsType = fsType;
  const mountpoint = stringField(object, 'mountpoint');
  if (mountpoint !== undefined) device.mountpoint = mountpoint;
  return device;
}

/**
 * The device tree of `lsblk -J` (`{"blockdevices": [...]}`); [] for anything else. util-linux
 * before 2.33 wrote every value as a string ("1", "500107862016"); both forms are read.
 */
export function parseLsblkJson(stdout: string): LsblkDevice[] {
  const parsed = parseJson(stdout);
  return isObject(parsed) ? objectsOf(parsed.blockdevices).map(toDevice) : [];
}

/** Whether the text is lsblk's JSON at all (an empty machine still prints the key). */
export function isLsblkJson(stdout: string): boolean {
  const parsed = parseJson(stdout);
  return isObject(parsed) && Array.isArray(parsed.blockdevices);
}
