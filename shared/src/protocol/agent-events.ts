import type { AckCallback } from '../ack.ts';
import type { HelpCreateResult } from '../schemas/help.ts';
import type { RequesterRequest } from '../schemas/requester.ts';
import type { InventoryReportResult } from '../schemas/inventory.ts';

/** Namespace agents connect to. */
export const AGENT_NAMESPACE = '/agent';

/**
 * Events an agent emits. Payloads arrive as `unknown` on the hub and are parsed with the schema of
 * the same name (`inventoryReportSchema`, `helpCreateSchema`) before anything else.
 */
export interface AgentToHubEvents {
  'inventory:report': (report: unknown, ack: AckCallback<InventoryReportResult>) => void;
  'help:create': (request: unknown, ack: AckCallback<HelpCreateResult>) => void;
  /** `helpListSchema`: this device's requests, newest first. */
  'help:list': (payload: unknown, ack: AckCallback<RequesterRequest[]>) => void;
  /** `helpReplySchema` */
  'help:reply': (reply: unknown, ack: AckCallback<RequesterRequest>) => void;
  /** `helpFeedbackSchema` */
  'help:feedback': (feedback: unknown, ack: AckCallback<RequesterRequest>) => void;
}

/** What the hub says to an agent after it connects. */
export type HubWelcome = { protocolVersion: number; deviceId: string; deviceName: string };

/** Events the hub emits to an agent. */
export interface HubToAgentEvents {
  'hub:welcome': (welcome: HubWelcome) => void;
  /** Collect now and send a full report (the coordinator asked, or the hub lost step). */
  'inventory:request': () => void;
  /** One of this device's requests changed: a helper wrote, claimed it or changed its state. */
  'help:updated': (request: RequesterRequest) => void;
}

/** What the hub knows of an authenticated agent socket. */
export interface AgentSocketData {
  deviceId: string;
  protocolVersion: number;
  agentVersion: string;
}
