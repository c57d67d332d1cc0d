import { z } from 'zod';
import { idSchema, shortString } from './common.ts';
import type {
  CollectorNote,
  Hardware,
  Hotfix,
  OsInfo,
  PendingUpdate,
  SoftwareItem,
} from './inventory.ts';

/** A device as lists show it. */
export type Device = {
  id: string;
  name: string;
  site: string | null;
  room: string | null;
  enrolledAt: string;
  lastSeenAt: string | null;
  lastInventoryAt: string | null;
  online: boolean;
  os: OsInfo | null;
  softwareCount: number;
  updatesCount: number;
  agentVersion: string | null;
  protocolVersion: number | null;
};

/** Everything the hub knows about one device. */
export type DeviceDetail = Device & {
  hardware: Hardware | null;
  software: SoftwareItem[];
  updates: PendingUpdate[];
  hotfixes: Hotfix[];
  notes: CollectorNote[];
};

export const deviceIdPayloadSchema = z.strictObject({ deviceId: idSchema });
export const deviceListPayloadSchema = z.strictObject({
  search: shortString.optional(),
});
export type DeviceListFilter = z.infer<typeof deviceListPayloadSchema>;
