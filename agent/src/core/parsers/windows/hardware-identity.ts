// Maker, model, serial numbers, firmware and case kind from the hardware script's
// ComputerSystem, Product, Bios, Enclosure and BaseBoard parts.
import type { ChassisKind, FirmwareFacts, IdentityFacts } from '../hardware/hardware-facts.ts';
import { isVirtualMachine } from '../hardware/dmi-chassis.ts';
import { chassisKindFromSmbiosTypes } from '../hardware/smbios-chassis-type.ts';
import type { JsonRecord } from './powershell-json.ts';
import { assign, partRecord, recordMeaningful, recordNumbers } from './hardware-json-root.ts';

/** Lenovo puts the machine type ("20L5S0HN00") in Model and the product name in the product Version. */
const LENOVO = /^lenovo\b/i;

/** The identity facts; every field absent that the output lacks or fills with a placeholder. */
export function readWindowsIdentity(root: JsonRecord): IdentityFacts {
  const system = partRecord(root, 'ComputerSystem');
  const product = partRecord(root, 'Product');
  const bios = partRecord(root, 'Bios');
  const enclosure = partRecord(root, 'Enclosure');

  const manufacturer = system && recordMeaningful(system, 'Manufacturer');
  const systemModel = system && recordMeaningful(system, 'Model');
  const sku = system && recordMeaningful(system, 'SystemSKUNumber');
  const productVersion = product && recordMeaningful(product, 'Version');
  const lenovoName =
    LENOVO.test(manufacturer ?? '') && productVersion !== undefined && !LENOVO.test(productVersion)
      ? productVersion
      : undefined;
  const model = lenovoName ?? systemModel;
  const modelId = lenovoName !== undefined ? systemModel : sku;

  const identity: IdentityFacts = {};
  assign(identity, 'manufacturer', manufacturer);
  assign(identity, 'model', model);
  if (modelId !== model) assign(identity, 'modelId', modelId);
  assign(
    identity,
    'serial',
    (bios && recordMeaningful(bios, 'SerialNumber')) ??
      (enclosure && recordMeaningful(enclosure, 'SerialNumber')),
  );
  assign(identity, 'uuid', product && recordMeaningful(product, 'UUID')?.toUpperCase());
  assign(identity, 'assetTag', enclosure && recordMeaningful(enclosure, 'SMBIOSAssetTag'));
  assign(identity, 'chassis', chassisOf(manufacturer, model, enclosure));
  const firmware = bios && readFirmware(bios);
  if (firmware) identity.firmware = firmware;
  const board = readBoard(root);
  if (board) identity.board = board;
  return identity;
}

function chassisOf(
  manufacturer: string | undefined,
  model: string | undefined,
  enclosure: JsonRecord | undefined,
): ChassisKind | undefined {
  // Hypervisors report "Desktop" or "Other" as their enclosure; their names tell them apart.
  if (isVirtualMachine(manufacturer, model)) return 'virtual-machine';
  return enclosure && chassisKindFromSmbiosTypes(recordNumbers(enclosure, 'ChassisTypes'));
}

function readFirmware(bios: JsonRecord): FirmwareFacts | undefined {
  const firmware: FirmwareFacts = {};
  assign(firmware, 'vendor', recordMeaningful(bios, 'Manufacturer'));
  assign(firmware, 'version', recordMeaningful(bios, 'SMBIOSBIOSVersion'));
  // The script prints the release date as UTC midnight of the firmware's date.
  assign(
    firmware,
    'releaseDate',
    /^(\d{4}-\d{2}-\d{2})T/.exec(recordMeaningful(bios, 'ReleaseDate') ?? '')?.[1],
  );
  return Object.keys(firmware).length > 0 ? firmware : undefined;
}

function readBoard(root: JsonRecord): IdentityFacts['board'] {
  const record = partRecord(root, 'BaseBoard');
  if (!record) return undefined;
  const board: NonNullable<IdentityFacts['board']> = {};
  assign(board, 'manufacturer', recordMeaningful(record, 'Manufacturer'));
  assign(board, 'model', recordMeaningful(record, 'Product'));
  assign(board, 'serial', recordMeaningful(record, 'SerialNumber'));
  return Object.keys(board).length > 0 ? board : undefined;
}
