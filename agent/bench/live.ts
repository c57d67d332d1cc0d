// `npm run bench` (live view part): what watching a computer's live figures costs. A hub and the
// bundled agent run as real processes on loopback; a console socket in this process watches the
// agent's computer while the agent's and the hub's CPU time are read from /proc (target: the
// agent under 2 % of one core while streaming). Then many simulated computers stream to as many
// watching consoles, for the hub's cost per watched computer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  CONSOLE_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type AgentToHubEvents,
  type ConsoleToHubEvents,
  type Enrolled,
  type HubToAgentEvents,
  type HubToConsoleEvents,
  type LiveSample,
} from '@handraise/shared';
import { createLinuxLiveSource } from '../src/core/live/linux-live-source.ts';
import { cpuMs, startHubAndAgent, waitForLine } from './bench-children.ts';
import { readMemory } from './proc.ts';

/** The window measured while streaming, in seconds. */
const WINDOW_S = Number(process.env.HANDRAISE_BENCH_LIVE_S ?? 30);
/**
 * Simulated computers streaming at once for the hub's side, four to a watching person: 40 people
 * signing in from one address stay under the hub's sign-in limit per address.
 */
const WATCHED = Number(process.env.HANDRAISE_BENCH_LIVE_DEVICES ?? 160);
/** As many as one person may watch (MAX_WATCHED_PER_PERSON): one teacher advisor per console. */
const PER_CONSOLE = 4;
const ENROLL_TOKEN = 'bench-live-enrollment-token';
const ADMIN_PASSWORD = 'bench-live-password';
/** As in the idle bench: the check-in's own garbage collection is not the stream's cost. */
const SETTLE_MS = 15_000;
const SAMPLE_INTERVAL_MS = 2_000;

type ConsoleSocket = Socket<HubToConsoleEvents, ConsoleToHubEvents>;

const ask = (socket: ConsoleSocket, event: 'device:watch' | 'device:unwatch', deviceId: string) =>
  (
    socket.timeout(10_000) as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>>;
    }
  ).emitWithAck(event, { deviceId });

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Ack<T>;
  if (!answer.ok) throw new Error(`${url}: ${answer.error}`);
  return answer.data;
}

const signIn = async (hubUrl: string, username = 'admin', password = ADMIN_PASSWORD) =>
  (await post<{ token: string }>(`${hubUrl}/api/session`, { username, password })).token;

/** A teacher advisor for the whole school, signed in: another person watching computers. */
async function teacherSession(hubUrl: string, coordinator: string, n: number): Promise<string> {
  const username = `bench-teacher-${n}`;
  const password = 'bench-teacher-password';
  await post(
    `${hubUrl}/api/users`,
    { username, password, displayName: `Teacher ${n}`, role: 'advisor', advisorKind: 'teacher' },
    coordinator,
  );
  return signIn(hubUrl, username, password);
}

function connectConsole(hubUrl: string, token: string): Promise<ConsoleSocket> {
  const socket: ConsoleSocket = io(`${hubUrl}${CONSOLE_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
  });
  return new Promise((resolveSocket, reject) => {
    socket.once('connect', () => resolveSocket(socket));
    socket.once('connect_error', reject);
  });
}

type AgentSocket = Socket<HubToAgentEvents, AgentToHubEvents>;

/**
 * A simulated computer: enrolled, connected, and streaming `sample()` every 2 s while the hub
 * says someone watches, as the real agent does.
 */
async function streamingComputer(
  hubUrl: string,
  hostname: string,
  sample: () => LiveSample,
): Promise<{ deviceId: string; stop(): void }> {
  const response = await fetch(`${hubUrl}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: ENROLL_TOKEN,
      identity: { hostname },
      protocolVersion: PROTOCOL_VERSION,
    }),
  });
  const enrolled = (await response.json()) as Ack<Enrolled>;
  if (!enrolled.ok) throw new Error(`enroll ${hostname}: ${enrolled.error}`);
  const { deviceId, secret } = enrolled.data;
  const socket: AgentSocket = io(`${hubUrl}${AGENT_NAMESPACE}`, {
    auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'bench' },
    transports: ['websocket'],
    forceNew: true,
  });
  await new Promise<void>((resolveSocket, reject) => {
    socket.once('connect', () => resolveSocket());
    socket.once('connect_error', reject);
  });
  let timer: NodeJS.Timeout | undefined;
  socket.on('live:viewers', (viewers) => {
    clearInterval(timer);
    if (viewers.length > 0)
      timer = setInterval(() => socket.emit('live:sample', sample(), () => {}), SAMPLE_INTERVAL_MS);
  });
  return {
    deviceId,
    stop: () => {
      clearInterval(timer);
      socket.disconnect();
    },
  };
}

async function main(): Promise<number> {
  const { hubUrl, hub, agent } = await startHubAndAgent({
    dir: mkdtempSync(join(tmpdir(), 'handraise-live-')),
    token: ENROLL_TOKEN,
    adminPassword: ADMIN_PASSWORD,
    checkInTimeoutMs: 60_000,
  });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  await sleep(SETTLE_MS);

  const token = await signIn(hubUrl);
  const devices = (await (
    await fetch(`${hubUrl}/api/devices`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Ack<{ id: string }[]>;
  if (!devices.ok) throw new Error(devices.error);
  const deviceId = devices.data[0]!.id;
  const watcher = await connectConsole(hubUrl, token);
  let samples = 0;
  watcher.on('device:live', () => samples++);

  // The agent idle over the same window first: the stream's cost is the difference.
  const idleBefore = cpuMs(agent.pid!);
  await sleep(WINDOW_S * 1000);
  const idleMs = cpuMs(agent.pid!) - idleBefore;

  // Listened for before asking: the agent's line can come before the console's answer does.
  const started = waitForLine(agent, /"live figures started"/, 10_000);
  await ask(watcher, 'device:watch', deviceId);
  await started;
  await sleep(SAMPLE_INTERVAL_MS);
  const agentBefore = cpuMs(agent.pid!);
  const hubBefore = cpuMs(hub.pid!);
  const samplesBefore = samples;
  await sleep(WINDOW_S * 1000);
  const agentMs = cpuMs(agent.pid!) - agentBefore;
  const hubMs = cpuMs(hub.pid!) - hubBefore;
  const streamed = samples - samplesBefore;
  const agentMemory = readMemory(agent.pid!);
  const stopped = waitForLine(agent, /"live figures stopped"/, 10_000);
  await ask(watcher, 'device:unwatch', deviceId);
  await stopped;
  watcher.disconnect();

  const percentOfCore = (ms: number) => ((ms / (WINDOW_S * 1000)) * 100).toFixed(2);
  say('');
  say('Live device view (bundled agent and hub on loopback, one console watching):');
  say(
    `  agent CPU while streaming: ${agentMs.toFixed(0)} ms over ${WINDOW_S} s = ${percentOfCore(agentMs)} % of one core (idle over the same time: ${percentOfCore(idleMs)} %; target under 2 %)`,
  );
  if (agentMemory)
    say(
      `  agent resident memory while streaming: ${(agentMemory.rssKb / 1024).toFixed(1)} MiB (peak ${(agentMemory.hwmKb / 1024).toFixed(1)} MiB)`,
    );
  say(`  samples received by the console: ${streamed} in ${WINDOW_S} s (one every 2 s expected)`);
  say(`  hub CPU for one watched computer: ${percentOfCore(hubMs)} % of one core`);

  // The hub's side at scale: simulated computers send this machine's figures every 2 s.
  const source = createLinuxLiveSource();
  source.sample();
  let latest = source.sample();
  const refresh = setInterval(() => (latest = source.sample()), SAMPLE_INTERVAL_MS);
  const simulated: Awaited<ReturnType<typeof streamingComputer>>[] = [];
  for (let i = 0; i < WATCHED; i++)
    simulated.push(await streamingComputer(hubUrl, `bench-pc-${i + 1}`, () => latest));
  const consoles: ConsoleSocket[] = [];
  let received = 0;
  const hubMemoryBefore = readMemory(hub.pid!);
  for (let i = 0; i < simulated.length; i += PER_CONSOLE) {
    const socket = await connectConsole(hubUrl, await teacherSession(hubUrl, token, i));
    socket.on('device:live', () => received++);
    consoles.push(socket);
    for (const one of simulated.slice(i, i + PER_CONSOLE))
      await ask(socket, 'device:watch', one.deviceId);
  }
  await sleep(SAMPLE_INTERVAL_MS * 2);
  const manyBefore = cpuMs(hub.pid!);
  const receivedBefore = received;
  await sleep(WINDOW_S * 1000);
  const manyMs = cpuMs(hub.pid!) - manyBefore;
  const manyReceived = received - receivedBefore;
  const hubMemoryAfter = readMemory(hub.pid!);
  clearInterval(refresh);
  for (const socket of consoles) socket.disconnect();
  for (const one of simulated) one.stop();

  say(
    `  hub with ${WATCHED} computers streaming to ${consoles.length} consoles: ${percentOfCore(manyMs)} % of one core, ${((manyMs / WINDOW_S / WATCHED) * 1000).toFixed(0)} µs of CPU per watched computer per second; ${manyReceived} samples pushed in ${WINDOW_S} s (${WATCHED * (WINDOW_S / 2)} expected)`,
  );
  if (hubMemoryBefore && hubMemoryAfter)
    say(
      `  hub resident memory: ${(hubMemoryBefore.rssKb / 1024).toFixed(0)} MiB before watching, ${(hubMemoryAfter.rssKb / 1024).toFixed(0)} MiB while streaming`,
    );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`live bench failed: ${String(error)}\n`);
    process.exit(1);
  },
);
