// A stand-in agent version for the self-update tests: a real process that connects to the hub
// with the device's credentials and runs the agent's real update code (updater, download, staging,
// connected marker). What it is told (hub, credentials, keys) comes in HANDRAISE_STAND_IN.
import pino from 'pino';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type AgentToHubEvents,
  type HubToAgentEvents,
} from '@handraise/shared';
import { createAgentUpdates, type UpdateChannel } from '../../../src/core/update/agent-updates.ts';
import { EXIT_FOR_UPDATE } from '../../../src/core/update/updater.ts';

export const STAND_IN_ENV = 'HANDRAISE_STAND_IN';

export type StandInSettings = { hub: string; deviceId: string; secret: string; keys: string[] };

export function runStandInAgent(version: string): void {
  const settings = JSON.parse(process.env[STAND_IN_ENV] ?? '{}') as StandInSettings;
  const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(
    new URL(AGENT_NAMESPACE, settings.hub).href,
    {
      auth: {
        deviceId: settings.deviceId,
        secret: settings.secret,
        protocolVersion: PROTOCOL_VERSION,
        agentVersion: version,
      },
      transports: ['websocket'],
    },
  );
  const channel: UpdateChannel = {
    async askNow(event, payload, timeoutMs) {
      const timed = socket.timeout(timeoutMs) as unknown as {
        emitWithAck(e: string, p: unknown): Promise<{ ok: boolean; data?: unknown }>;
      };
      const ack = await timed.emitWithAck(event, payload).catch(() => null);
      return (ack?.ok ? ack.data : null) as never;
    },
  };
  const stop = (code: number) => {
    socket.disconnect();
    process.exit(code);
  };
  const updates = createAgentUpdates({
    channel,
    credentials: settings,
    version,
    keys: settings.keys,
    logger: pino({ level: 'error' }, pino.destination(2)),
    // School hours in the tests leave every minute quiet; no spread: the test does not wait.
    spreadMs: 0,
    onStaged: () => stop(EXIT_FOR_UPDATE),
  });
  if (!updates) throw new Error('the stand-in runs only under the launcher');
  socket.on('connect', () => void updates.onConnected());
  socket.on('update:available', () => void updates.available());
  process.once('SIGTERM', () => stop(0));
}
