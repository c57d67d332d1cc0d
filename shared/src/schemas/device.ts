import { z } from 'zod';
import { idSchema, isoTimestamp, shortString } from './common.ts';
import type { HelpCategory } from './help.ts';
import type { SeatPlace } from './seats.ts';
import type { DeviceState } from './hardware-details.ts';
import type { AgentCostView } from './agent-cost.ts';
import type {
  CollectorNote,
  Hardware,
  Hotfix,
  OsInfo,
  PendingUpdate,
  SoftwareItem,
} from './inventory.ts';

/**
 * What the devices list searches besides name, room, site and system: the hardware's serial
 * number (withheld from student advisors: null for them), model, and network addresses.
 */
export type DeviceIdentifiers = {
  serial: string | null;
  model: string | null;
  ips: string[];
  macs: string[];
};

/** A device as lists show it. */
export type Device = {
  id: string;
  name: string;
  site: string | null;
  room: string | null;
  /** Its seat label ("B3") and place on the room's floor grid, if named. */
  seat: string | null;
  seatPlace: SeatPlace | null;
  enrolledAt: string;
  lastSeenAt: string | null;
  lastInventoryAt: string | null;
  online: boolean;
  os: OsInfo | null;
  softwareCount: number;
  /** Package updates the computer's own managers offer (its Updates tab lists them). */
  updatesCount: number;
  /**
   * Titles the verdict engine judges behind (a pending update, a policy, the catalog, the fleet,
   * the end of the OS's support): the one meaning of "needs updates" everywhere.
   */
  outdatedCount: number;
  /** Of those, the titles with a security update waiting. */
  securityCount: number;
  /**
   * The two counts above are withheld from this reader (a student advisor, who sees a computer's
   * software only in its details, while helping, and if the coordinator allows it): 0 means "not
   * shown", not "none".
   */
  verdictsHidden?: true;
  /**
   * The coordinator revoked it: its agent is refused, so it stays offline until enrolled again.
   * Shown to whoever sees the computer (advisors too), so that nobody troubleshoots it as merely
   * off; when it happened is on its Trust card, for coordinators.
   */
  revoked?: true;
  agentVersion: string | null;
  protocolVersion: number | null;
  identifiers: DeviceIdentifiers;
};

/** An earlier record of the same computer whose history this device carries (a re-install). */
export type PreviousRecord = {
  name: string;
  enrolledAt: string;
  linkedAt: string;
  /** Who confirmed the link; null when the coordinator's automatic rule did. */
  linkedBy: string | null;
};

/** Everything the hub knows about one device. */
export type DeviceDetail = Device & {
  previousRecords: PreviousRecord[];
  hardware: Hardware | null;
  /** Its state at its latest report; null until an agent that reads it reports. */
  state: DeviceState | null;
  software: SoftwareItem[];
  updates: PendingUpdate[];
  hotfixes: Hotfix[];
  notes: CollectorNote[];
  /**
   * The software, updates and hotfixes are withheld from this reader (a student advisor, unless
   * the coordinator allows it): the empty lists mean "not shown", not "none".
   */
  softwareHidden?: true;
  /** What its agent cost the computer, as it said at its latest check-in; absent until it says. */
  agentCost?: AgentCostView;
};

export const deviceIdPayloadSchema = z.strictObject({ deviceId: idSchema });
export const deviceListPayloadSchema = z.strictObject({
  search: shortString.optional(),
});
export type DeviceListFilter = z.infer<typeof deviceListPayloadSchema>;

/** Which part of a computer's self-description matched an earlier device. */
export type IdentityMatch = 'hardware-uuid' | 'serial' | 'machine-id' | 'macs' | 'legacy';

/** A new enrollment that looks like a known computer re-installed, awaiting the coordinator. */
export type ReinstallSuggestion = {
  deviceId: string;
  name: string;
  site: string | null;
  room: string | null;
  enrolledAt: string;
  matchedBy: IdentityMatch[];
  /** Hardware ids both computers report, but differently: likely two computers from one image. */
  conflicts: IdentityMatch[];
  previous: {
    id: string;
    name: string;
    site: string | null;
    room: string | null;
    enrolledAt: string;
    lastSeenAt: string | null;
    /** Both connected at once: two agents on one computer, or a copied identity. */
    online: boolean;
    requests: number;
  };
};

/** The coordinator's rule: until `acceptUntil`, matching re-installs are linked without asking. */
export type ReinstallRule = { acceptUntil: string | null };

/** `GET /api/reinstalls` */
export type ReinstallsView = { suggestions: ReinstallSuggestion[]; rule: ReinstallRule };

/** Longest a coordinator may leave automatic linking on: a summer's re-imaging. */
export const REINSTALL_RULE_MAX_DAYS = 120;

/** `POST /api/reinstalls/confirm` and `/dismiss`: the new devices' ids. */
export const reinstallDecisionSchema = z.strictObject({
  deviceIds: z.array(idSchema).min(1).max(5_000),
});

/** `PUT /api/reinstalls/rule` */
export const reinstallRuleSchema = z.strictObject({ acceptUntil: isoTimestamp.nullable() });

/**
 * One look at a computer's details or a request's picture: who (and as what), when, and for which
 * request. The requester sees their computer's, the coordinator every computer's.
 */
export type DeviceAccess = {
  at: string;
  who: string;
  as: 'coordinator' | 'student' | 'teacher';
  /** `live`: the computer's live figures, watched (one line per look, like the others). */
  what: 'details' | 'screenshot' | 'live';
  /** The request it was for, with its category; null when it was for none. */
  request: { id: string; category: HelpCategory } | null;
};
