import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type AgentToHubEvents,
  type Enrolled,
  type HelpCategory,
  type HelpCreateResult,
  type HubToAgentEvents,
  type InventoryReport,
  type InventoryReportResult,
} from '@handraise/shared';
import { hashSection } from '../../src/hub/inventory-hash.ts';
import type { DeviceProfile } from './device-profile.ts';

/** How long a simulated agent waits for an acknowledgement before giving up on it. */
const ACK_TIMEOUT_MS = 60_000;

export type SimulatedAgent = {
  deviceId: string;
  profile: DeviceProfile;
  socket: Socket<HubToAgentEvents, AgentToHubEvents>;
  /** Sends the full inventory; resolves with the hub's verdict. */
  report(): Promise<Ack<InventoryReportResult>>;
  raiseHand(input: {
    category: HelpCategory;
    text: string;
    screenshot?: Uint8Array;
  }): Promise<Ack<HelpCreateResult>>;
  close(): void;
};

/** Enrolls a simulated computer with a token, as the real agent does. */
export async function enrollSimulated(
  hubUrl: string,
  token: string,
  profile: DeviceProfile,
): Promise<Enrolled> {
  const response = await fetch(new URL('/api/enroll', hubUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      identity: {
        hostname: profile.hostname,
        serial: profile.sections.hardware.serial,
        macs: profile.sections.hardware.network.map((n) => n.mac),
      },
      protocolVersion: PROTOCOL_VERSION,
    }),
  });
  const body = (await response.json()) as Ack<Enrolled>;
  if (!body.ok) throw new Error(`enrollment of ${profile.hostname} failed: ${body.error}`);
  return body.data;
}

function fullReport(profile: DeviceProfile): InventoryReport {
  const { sections } = profile;
  return {
    kind: 'full',
    collectedAt: new Date().toISOString(),
    hashes: {
      os: hashSection(sections.os),
      hardware: hashSection(sections.hardware),
      software: hashSection(sections.software),
      updates: hashSection(sections.updates),
      hotfixes: hashSection(sections.hotfixes),
    },
    sections,
    notes: [],
  };
}

/**
 * A simulated agent speaking the real protocol over a real socket: same handshake, same events,
 * same acknowledgements. Used by `npm run demo` and the benchmarks.
 */
export async function connectSimulated(
  hubUrl: string,
  enrolled: Enrolled,
  profile: DeviceProfile,
): Promise<SimulatedAgent> {
  const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(
    new URL(AGENT_NAMESPACE, hubUrl).href,
    {
      auth: {
        deviceId: enrolled.deviceId,
        secret: enrolled.secret,
        protocolVersion: PROTOCOL_VERSION,
        agentVersion: 'simulated',
      },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 2_000,
      reconnectionDelayMax: 60_000,
      randomizationFactor: 0.5,
    },
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  const emit = <R>(event: keyof AgentToHubEvents, payload: unknown) =>
    socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload) as Promise<Ack<R>>;
  const report = () => emit<InventoryReportResult>('inventory:report', fullReport(profile));
  socket.on('inventory:request', () => void report());
  return {
    deviceId: enrolled.deviceId,
    profile,
    socket,
    report,
    raiseHand: (input) =>
      emit<HelpCreateResult>('help:create', {
        idempotencyKey: crypto.randomUUID(),
        category: input.category,
        text: input.text,
        createdAt: new Date().toISOString(),
        ...(input.screenshot ? { screenshot: input.screenshot } : {}),
        snapshot: {
          os: profile.sections.os,
          hardware: profile.sections.hardware,
          softwareCount: profile.sections.software.length,
        },
      }),
    close: () => socket.disconnect(),
  };
}
