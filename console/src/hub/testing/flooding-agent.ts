// Test support, run as its own process (an attacker's machine): an enrolled device that floods
// the hub with the biggest inventory reports the protocol allows, gzip-compressed as the real
// agent sends them, never waiting for one answer before sending the next.
//   node flooding-agent.ts HUB_URL DEVICE_ID SECRET DURATION_MS
// Prints `flooding` once connected, then `done {sent, answers}` with a count per answer.
import { gzipSync } from 'node:zlib';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type AgentToHubEvents,
  type HubToAgentEvents,
  type InventoryReportResult,
} from '@handraise/shared';
import { fullReport, mostSoftware, sampleSections } from './sample-inventory.ts';

/** Reports kept unanswered at once. */
const IN_FLIGHT = 16;
const ACK_TIMEOUT_MS = 30_000;

const [hubUrl = '', deviceId = '', secret = '', durationMs = '3000'] = process.argv.slice(2);
const report = {
  encoding: 'gzip' as const,
  data: gzipSync(JSON.stringify(fullReport(sampleSections({ software: mostSoftware() })))),
};

const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(
  new URL(AGENT_NAMESPACE, hubUrl).href,
  {
    auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'flooder' },
    transports: ['websocket'],
    reconnection: false,
  },
);
await new Promise<void>((resolve, reject) => {
  socket.once('connect', resolve);
  socket.once('connect_error', reject);
});

const answers: Record<string, number> = {};
let sent = 0;
let inFlight = 0;
const deadline = performance.now() + Number(durationMs);
console.log('flooding');
await new Promise<void>((resolve) => {
  const sendMore = () => {
    while (inFlight < IN_FLIGHT && performance.now() < deadline) {
      inFlight += 1;
      sent += 1;
      void (
        socket.timeout(ACK_TIMEOUT_MS).emitWithAck('inventory:report', report) as Promise<
          Ack<InventoryReportResult>
        >
      )
        .then(
          (ack) => (ack.ok ? ack.data.status : ack.error),
          () => 'no-answer',
        )
        .then((answer) => {
          answers[answer] = (answers[answer] ?? 0) + 1;
          inFlight -= 1;
          if (inFlight === 0 && performance.now() >= deadline) resolve();
          else setImmediate(sendMore);
        });
    }
  };
  sendMore();
});
console.log(`done ${JSON.stringify({ sent, answers })}`);
socket.disconnect();
