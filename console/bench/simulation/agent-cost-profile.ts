import type { AgentCost, OsInfo } from '@handraise/shared';
import { seededRandom } from './random.ts';

const MIB = 2 ** 20;
const HOUR_MS = 3_600_000;

/**
 * What a simulated computer's agent says it cost, the same for the same index: a four-hour period
 * with one collection in it. Most are well within the default budget; about one in fifty is a tray
 * app grown past 150 MiB and about one Windows computer in thirty waited minutes for Windows
 * Update, so the console has something to flag.
 */
export function simulatedAgentCost(index: number, platform: OsInfo['platform']): AgentCost {
  const random = seededRandom(index * 7919 + 13);
  const between = (low: number, high: number) => Math.round(low + random() * (high - low));
  const tray = random() < 0.6;
  const grown = random() < 0.02;
  const peakMiB = grown ? between(155, 230) : tray ? between(95, 135) : between(52, 75);
  const updatesMs =
    platform === 'windows'
      ? random() < 0.033
        ? between(125_000, 170_000)
        : between(15_000, 80_000)
      : platform === 'macos'
        ? between(4_000, 20_000)
        : between(150, 900);
  return {
    since: new Date(Date.now() - 4 * HOUR_MS).toISOString(),
    periodMs: 4 * HOUR_MS,
    cpuMs: between(1_500, 9_000),
    ...(platform === 'linux' ? { toolsCpuMs: between(300, 1_500) } : {}),
    peakRssBytes: peakMiB * MIB,
    reconnects: random() < 0.1 ? between(1, 4) : 0,
    sections: {
      os: between(20, 120),
      hardware: between(200, platform === 'windows' ? 6_000 : 1_200),
      software: between(300, platform === 'macos' ? 25_000 : 3_000),
      updates: updatesMs,
      hotfixes: platform === 'windows' ? between(800, 4_000) : 0,
      state: between(50, 900),
    },
    runtime: tray ? 'tray' : 'service',
  };
}
