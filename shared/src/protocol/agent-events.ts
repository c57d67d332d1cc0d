import { helpCreateSchema, type HelpCreateResult } from '../schemas/help.ts';
import {
  helpFeedbackSchema,
  helpListSchema,
  helpReplySchema,
  type HelpDeskInfo,
  type RequesterRequest,
} from '../schemas/requester.ts';
import { inventoryReportMessageSchema, type InventoryReportResult } from '../schemas/inventory.ts';
import { emptyPayloadSchema } from '../schemas/common.ts';
import type { DeviceAccess } from '../schemas/device.ts';
import { liveSampleSchema, type LiveViewer } from '../schemas/live.ts';
import { helpFixesSchema, helpFixWorkedSchema, type OfferedFix } from '../schemas/quick-fixes.ts';
import {
  updateCheckSchema,
  updateOutcomeSchema,
  type UpdateOffer,
} from '../schemas/agent-update.ts';
import { answeredWith, type ClientToHubEvents } from './event-contract.ts';
import type { Ack } from '../ack.ts';
import type { HubClosing } from './closing-spread.ts';

/** Namespace agents connect to. */
export const AGENT_NAMESPACE = '/agent';

/**
 * The agent namespace's contract: every event an agent may send, its payload schema and its
 * answer. Only the device the socket authenticated as can send, and only about itself: the hub
 * takes the device id from the socket, never from a payload.
 */
export const agentEvents = {
  /** Inventory, full or changed sections only; plain or gzip-compressed. */
  'inventory:report': answeredWith<InventoryReportResult>()({
    schema: inventoryReportMessageSchema,
    sentBy: 'device',
  }),
  /** Someone at this computer asks for help. Keyed, so a retry from the outbox is stored once. */
  'help:create': answeredWith<HelpCreateResult>()({ schema: helpCreateSchema, sentBy: 'device' }),
  /** This device's requests, newest first. */
  'help:list': answeredWith<RequesterRequest[]>()({ schema: helpListSchema, sentBy: 'device' }),
  /** Who looked at this computer's details and pictures, and for which request: newest first. */
  'help:looks': answeredWith<DeviceAccess[]>()({ schema: emptyPayloadSchema, sentBy: 'device' }),
  /** This computer's name, site and room, who is on duty for it, and the school's fallback. */
  'help:desk': answeredWith<HelpDeskInfo>()({ schema: emptyPayloadSchema, sentBy: 'device' }),
  /** Quick fixes for this computer (its room and platform) in a category, most-saving first. */
  'help:fixes': answeredWith<OfferedFix[]>()({ schema: helpFixesSchema, sentBy: 'device' }),
  /** "This fixed it": counted once per device and fix per window; no request is made. */
  'help:fix-worked': answeredWith<{ counted: true }>()({
    schema: helpFixWorkedSchema,
    sentBy: 'device',
  }),
  /** The requester writes back to their helper. */
  'help:reply': answeredWith<RequesterRequest>()({ schema: helpReplySchema, sentBy: 'device' }),
  /**
   * Live figures, every 2 s while someone watches (see `live:viewers`); `watched` false tells the
   * agent to stop.
   */
  'live:sample': answeredWith<{ watched: boolean }>()({
    schema: liveSampleSchema,
    sentBy: 'device',
  }),
  /** What this agent runs; answered with a newer release for it, or null. */
  'update:check': answeredWith<UpdateOffer | null>()({
    schema: updateCheckSchema,
    sentBy: 'device',
  }),
  /** How an update went: installed, refused (signature, hash) or rolled back. */
  'update:outcome': answeredWith<{ recorded: true }>()({
    schema: updateOutcomeSchema,
    sentBy: 'device',
  }),
  /** "Fixed" or "Still broken". */
  'help:feedback': answeredWith<RequesterRequest>()({
    schema: helpFeedbackSchema,
    sentBy: 'device',
  }),
};

export type AgentEvents = typeof agentEvents;
export type AgentEventName = keyof AgentEvents;

/** What an agent may emit, typed from the table. */
export type AgentToHubEvents = ClientToHubEvents<AgentEvents>;

/** What the hub says to an agent after it connects. */
export type HubWelcome = { protocolVersion: number; deviceId: string; deviceName: string };

/** Events the hub emits to an agent. */
export interface HubToAgentEvents {
  'hub:welcome': (welcome: HubWelcome) => void;
  /** Collect now and send a full report (the coordinator asked, or the hub lost step). */
  'inventory:request': () => void;
  /** One of this device's requests changed: a helper wrote, claimed it or changed its state. */
  'help:updated': (request: RequesterRequest) => void;
  /**
   * Who is watching this computer's live figures now: sampling runs while the list is not empty.
   * Sent when it changes and after each connection; the tray names them to whoever sits there.
   */
  'live:viewers': (viewers: LiveViewer[]) => void;
  /**
   * Sent just before the hub ends this computer's connection for good, so the agent does not take
   * it for a newer connection with its secret and knows why (the coordinator retired it).
   */
  'hub:farewell': (farewell: HubFarewell) => void;
  /**
   * The certificate fingerprints this hub serves now and will serve next (a planned change), sent
   * after each connection over TLS: the agent pins them all until the switch, then the new alone.
   */
  /** The agent answers with the certificates it trusts from now on (the hub counts who is ready). */
  'hub:trust': (trust: HubTrust, ack: (answer: Ack<HubTrust>) => void) => void;
  /**
   * A new secret for this device (the coordinator rotated it). The agent answers once it has stored
   * it; only then does the hub stop taking the old one.
   */
  'device:secret': (secret: DeviceSecret, ack: (answer: Ack<null>) => void) => void;
  /** A release was added or the update settings changed: send `update:check` again. */
  'update:available': () => void;
  /** The hub is stopping: connect again within the window it gives (closing-spread.ts). */
  'hub:closing': (notice: HubClosing) => void;
}

/** Why the hub ends an agent's connection for good: a handshake refusal code. */
export type HubFarewell = { reason: 'device-retired' | 'device-revoked' };

/** SHA-256 fingerprints (colon-separated hex) of the hub's certificates, current first. */
export type HubTrust = { fingerprints: string[] };

export type DeviceSecret = { secret: string };

/** What the hub knows of an authenticated agent socket. */
export interface AgentSocketData {
  deviceId: string;
  protocolVersion: number;
  agentVersion: string;
}
