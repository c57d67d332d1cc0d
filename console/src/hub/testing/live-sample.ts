// Test support: live figures as an agent sends them, with a signed-in user to withhold.
import type { LiveSample } from '@handraise/shared';

const GIB = 1024 ** 3;

export function liveSample(overrides: Partial<LiveSample> = {}): LiveSample {
  return {
    cpu: { totalPercent: 37.5, perCorePercent: [50, 25] },
    memory: { totalBytes: 8 * GIB, usedBytes: 5 * GIB, availableBytes: 3 * GIB },
    disks: [{ mount: '/', totalBytes: 256 * GIB, freeBytes: 40 * GIB }],
    diskIo: { readBytesPerSec: 1_200_000, writeBytesPerSec: 300_000 },
    network: [
      {
        name: 'wlan0',
        addresses: ['10.12.0.42'],
        receivedBytesPerSec: 250_000,
        sentBytesPerSec: 40_000,
      },
    ],
    battery: { percent: 64, charging: false },
    uptimeSeconds: 7_200,
    loggedInUser: 'jlopez',
    processes: {
      byCpu: [{ name: 'chrome', pid: 4242, cpuPercent: 31.2, memoryBytes: 900 * 1024 ** 2 }],
      byMemory: [{ name: 'chrome', pid: 4242, cpuPercent: 31.2, memoryBytes: 900 * 1024 ** 2 }],
      agent: { name: 'node', pid: 777, cpuPercent: 0.4, memoryBytes: 70 * 1024 ** 2 },
    },
    notes: [],
    ...overrides,
  };
}
