import { request as httpRequest } from 'node:http';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  closingNoticeFollower,
  PROTOCOL_VERSION,
  SECTION_NAMES,
  type Ack,
  type AckData,
  type AgentEventName,
  type AgentEvents,
  type AgentToHubEvents,
  type PayloadIn,
  type Enrolled,
  type HelpCategory,
  type HelpCreateResult,
  type HubToAgentEvents,
  type InventoryReport,
  type InventoryReportResult,
  type SectionHashes,
} from '@handraise/shared';
import { hashSection } from '../../src/hub/inventory-hash.ts';
import type { DeviceProfile } from './device-profile.ts';

/** How long a simulated agent waits for an acknowledgement before giving up on it. */
const ACK_TIMEOUT_MS = 60_000;

export type SimulatedAgent = {
  deviceId: string;
  profile: DeviceProfile;
  socket: Socket<HubToAgentEvents, AgentToHubEvents>;
  /**
   * Reports the inventory as the real agent does: in full the first time (and whenever the hub
   * asks), then only the sections changed since the hub's last acknowledgement.
   */
  report(): Promise<Ack<InventoryReportResult>>;
  raiseHand(input: {
    category: HelpCategory;
    text: string;
    screenshot?: Uint8Array;
  }): Promise<Ack<HelpCreateResult>>;
  close(): void;
};

/**
 * 127.0.0.2, 127.0.0.3, …, one per `perAddress` computers: a school's computers come from many
 * addresses, and Linux answers all of 127.0.0.0/8 on loopback. Elsewhere only 127.0.0.1 exists
 * (undefined: the system's choice).
 */
export function loopbackAddress(index: number, perAddress: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const block = Math.floor(index / perAddress);
  return `127.0.${Math.floor(block / 250)}.${2 + (block % 250)}`;
}

/**
 * Enrolls a simulated computer with a token, as the real agent does. `localAddress` (any of
 * 127.0.0.0/8 on Linux) makes a large simulated fleet come from many computers, as a school's
 * does, instead of one address the hub would limit.
 */
export async function enrollSimulated(
  hubUrl: string,
  token: string,
  profile: DeviceProfile,
  localAddress?: string,
): Promise<Enrolled> {
  const body = JSON.stringify({
    token,
    identity: {
      hostname: profile.hostname,
      serial: profile.sections.hardware.serial,
      macs: profile.sections.hardware.network.map((n) => n.mac),
    },
    protocolVersion: PROTOCOL_VERSION,
  });
  const answer = await new Promise<Ack<Enrolled>>((resolve, reject) => {
    const request = httpRequest(
      new URL('/api/enroll', hubUrl),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        ...(localAddress ? { localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Ack<Enrolled>);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
  if (!answer.ok) throw new Error(`enrollment of ${profile.hostname} failed: ${answer.error}`);
  return answer.data;
}

/**
 * Each section's hash, kept while the section is the same object: a benchmark sends the same
 * inventory many times, and hashing 900 packages each time would load the machine the servers
 * it measures share. A changed section is a new object (or array), so it is hashed again.
 */
const sectionHashes = new WeakMap<object, string>();
function hashOf(section: object): string {
  let hash = sectionHashes.get(section);
  if (hash === undefined) {
    hash = hashSection(section);
    sectionHashes.set(section, hash);
  }
  return hash;
}

/** Hashes every section of `profile` now, so the first report does not pay for it. */
export function hashProfile(profile: DeviceProfile): void {
  for (const section of Object.values(profile.sections)) hashOf(section);
}

/** The full report an agent with this profile sends. */
export function fullReport(profile: DeviceProfile): InventoryReport {
  const { sections } = profile;
  return {
    kind: 'full',
    collectedAt: new Date().toISOString(),
    hashes: {
      os: hashOf(sections.os),
      hardware: hashOf(sections.hardware),
      software: hashOf(sections.software),
      updates: hashOf(sections.updates),
      hotfixes: hashOf(sections.hotfixes),
    },
    sections,
    notes: [],
    ...(profile.cost ? { cost: profile.cost } : {}),
  };
}

/** The sections whose hash differs from what the hub acknowledged, with every hash. */
function deltaReport(full: InventoryReport, acknowledged: SectionHashes): InventoryReport {
  const changed = SECTION_NAMES.filter((name) => full.hashes[name] !== acknowledged[name]);
  return {
    ...full,
    kind: 'delta',
    sections: Object.fromEntries(changed.map((name) => [name, full.sections[name]])),
  };
}

/** As the real agent does (agent/src/core/closing-spread.ts): a stopping hub's window is kept. */
function followClosingNotices(socket: Socket<HubToAgentEvents, AgentToHubEvents>) {
  const follower = closingNoticeFollower();
  let timer: NodeJS.Timeout | undefined;
  socket.on('hub:closing', (notice) => follower.noticed(notice));
  socket.on('connect', () => follower.connected());
  socket.on('disconnect', (reason) => {
    const delayMs = follower.disconnected(reason);
    if (delayMs === null) return;
    socket.io.reconnection(false);
    clearTimeout(timer);
    timer = setTimeout(() => {
      socket.io.reconnection(true);
      socket.connect();
    }, delayMs);
  });
  return { cancel: () => clearTimeout(timer) };
}

/**
 * A simulated agent speaking the real protocol over a real socket: same handshake, same events,
 * same acknowledgements, same reconnection delays. Used by `npm run demo` and the benchmarks.
 * `localAddress` as for enrollSimulated.
 */
export async function connectSimulated(
  hubUrl: string,
  enrolled: Enrolled,
  profile: DeviceProfile,
  localAddress?: string,
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
      ...(localAddress ? { localAddress } : {}),
    },
  );
  const closingSpread = followClosingNotices(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  // socket.io's emit typing cannot follow a generic event name; this signature does.
  const emit = <E extends AgentEventName>(event: E, payload: PayloadIn<AgentEvents[E]>) =>
    (
      socket.timeout(ACK_TIMEOUT_MS) as unknown as {
        emitWithAck(
          event: E,
          payload: PayloadIn<AgentEvents[E]>,
        ): Promise<Ack<AckData<AgentEvents[E]>>>;
      }
    ).emitWithAck(event, payload);
  let acknowledged: SectionHashes | null = null;
  const send = async (sent: InventoryReport) => {
    const ack = await emit('inventory:report', sent);
    // Refused for now (`rate-limited`): the hub still holds what it acknowledged last.
    if (ack.ok) acknowledged = ack.data.status === 'need-full' ? null : sent.hashes;
    else if (ack.error !== 'rate-limited') acknowledged = null;
    return ack;
  };
  const report = async () => {
    const full = fullReport(profile);
    const ack = await send(acknowledged ? deltaReport(full, acknowledged) : full);
    return ack.ok && ack.data.status === 'need-full' ? send(full) : ack;
  };
  socket.on('inventory:request', () => void send(fullReport(profile)));
  return {
    deviceId: enrolled.deviceId,
    profile,
    socket,
    report,
    raiseHand: (input) =>
      emit('help:create', {
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
    close: () => {
      closingSpread.cancel();
      socket.disconnect();
    },
  };
}
