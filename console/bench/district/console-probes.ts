// What a coordinator sees of a hub under the district's load: help requests reaching a watching
// console (raised at one hub, watched at another when there are two), and how soon an inventory
// stored by one hub changes the software verdicts another one serves.
import { io } from 'socket.io-client';
import { CONSOLE_NAMESPACE, type HelpRequest, type SoftwareOverview } from '@handraise/shared';
import { makePng } from '../simulation/png.ts';
import { updateSourceFor } from '../simulation/realistic-profile.ts';
import type { SimulatedAgent } from '../simulation/simulated-agent.ts';
import { BENCH_ADMIN_PASSWORD } from './server-process.ts';

const REQUESTS = Number(process.env.HANDRAISE_BENCH_REQUESTS ?? 200);
/** Requests are raised at this pace while every agent stays connected. */
const REQUESTS_PER_S = 20;
const SCREENSHOT_TARGET_BYTES = 200 * 1024;
/** Inventories whose effect on the other hub's verdicts is timed, one after the other. */
const VERDICT_PROBES = 20;
/** How often the watching hub's verdicts are read while one probe is awaited. */
const VERDICT_POLL_MS = 25;
/** Bounds: a request or a verdict not seen by then is counted as lost. */
const REQUESTS_WAIT_MS = 60_000;
const VERDICT_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signIn(hubUrl: string): Promise<string> {
  const response = await fetch(`${hubUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  });
  const answer = (await response.json()) as { ok: boolean; data: { token: string } };
  if (!answer.ok) throw new Error(`signing in at ${hubUrl} failed`);
  return answer.data.token;
}

export type RequestFigures = { sent: number; latenciesMs: number[]; screenshotBytes: number };

/** `agents` raise REQUESTS help requests with a screenshot; a console at `consoleHubUrl` watches. */
export async function measureRequests(
  agents: readonly SimulatedAgent[],
  consoleHubUrl: string,
  session: string,
): Promise<RequestFigures> {
  const watcher = io(`${consoleHubUrl}${CONSOLE_NAMESPACE}`, {
    auth: { token: session },
    transports: ['websocket'],
    forceNew: true,
  });
  try {
    await new Promise<void>((ready, fail) => {
      watcher.once('connect', () => ready());
      watcher.once('connect_error', fail);
    });
    // Noise does not compress: 3 bytes a pixel, so this is a 200 KB picture.
    const screenshot = makePng(320, Math.ceil(SCREENSHOT_TARGET_BYTES / (320 * 3)));
    const sentAt = new Map<string, number>();
    const latenciesMs: number[] = [];
    const allArrived = new Promise<void>((done) => {
      watcher.on('request:created', (request: HelpRequest) => {
        const at = sentAt.get(request.text);
        if (at !== undefined) latenciesMs.push(performance.now() - at);
        if (latenciesMs.length === REQUESTS) done();
      });
    });
    for (let i = 0; i < REQUESTS; i++) {
      const agent = agents[(i * 7919) % agents.length]!;
      const text = `district request ${i}`;
      sentAt.set(text, performance.now());
      void agent.raiseHand({ category: 'other', text, screenshot });
      await sleep(1000 / REQUESTS_PER_S);
    }
    await Promise.race([allArrived, sleep(REQUESTS_WAIT_MS)]);
    return { sent: REQUESTS, latenciesMs, screenshotBytes: screenshot.length };
  } finally {
    watcher.disconnect();
  }
}

async function titlesBehind(hubUrl: string, session: string): Promise<number> {
  const response = await fetch(`${hubUrl}/api/software/overview`, {
    headers: { authorization: `Bearer ${session}` },
  });
  const answer = (await response.json()) as { ok: boolean; data: SoftwareOverview };
  if (!answer.ok) throw new Error('reading the verdict overview failed');
  return answer.data.titlesBehind;
}

/**
 * One computer at a time (of `agents`, all at the first hub) gets a new program with an update
 * offered for it; the time from its report's acknowledgement until `watchingHubUrl` counts one
 * more title behind. Null where it was not seen within VERDICT_WAIT_MS.
 */
export async function measureVerdictDelay(
  agents: readonly SimulatedAgent[],
  watchingHubUrl: string,
  session: string,
): Promise<(number | null)[]> {
  const delays: (number | null)[] = [];
  for (let probe = 0; probe < VERDICT_PROBES; probe++) {
    const agent = agents[(probe * 101) % agents.length]!;
    const { sections } = agent.profile;
    const name = `District probe ${probe}`;
    // New arrays, not pushes: a changed section must be a new object to be hashed again.
    sections.software = [
      ...sections.software,
      { name, version: '1.0', source: sections.software[0]?.source ?? 'registry' },
    ];
    sections.updates = [
      ...sections.updates,
      {
        name,
        installedVersion: '1.0',
        availableVersion: '1.1',
        source: updateSourceFor(sections.os.platform),
      },
    ];
    const before = await titlesBehind(watchingHubUrl, session);
    const answer = await agent.report();
    if (!answer.ok) throw new Error(`a probe's report was refused: ${answer.error}`);
    const stored = performance.now();
    let delay: number | null = null;
    while (performance.now() - stored < VERDICT_WAIT_MS) {
      if ((await titlesBehind(watchingHubUrl, session)) > before) {
        delay = performance.now() - stored;
        break;
      }
      await sleep(VERDICT_POLL_MS);
    }
    delays.push(delay);
  }
  return delays;
}

/** The Software page's first call over the whole ingested fleet, five times: milliseconds each. */
export async function measureSoftwarePage(
  hubUrl: string,
  session: string,
): Promise<{ titles: number; timesMs: number[] }> {
  const timesMs: number[] = [];
  let titles = 0;
  for (let i = 0; i < 5; i++) {
    const asked = performance.now();
    const response = await fetch(`${hubUrl}/api/software`, {
      headers: { authorization: `Bearer ${session}` },
    });
    titles = ((await response.json()) as { data: unknown[] }).data.length;
    timesMs.push(performance.now() - asked);
  }
  return { titles, timesMs };
}
