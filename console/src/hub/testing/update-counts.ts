// Test support: computers whose inventories a test chooses, and a wait for the push that carries
// a computer's new update counts (the first push after an inventory may still carry the old ones:
// the verdict engine judges the report a moment after it is stored).
import type {
  Device,
  EnrollmentTokenCreated,
  InventorySections,
  PendingUpdate,
} from '@handraise/shared';
import { fullReport, sampleSections } from './sample-inventory.ts';
import type { AgentClient, ConsoleClient, TestHub } from './test-hub.ts';

/** Long enough for the engine's next count (once a second) and the push after it. */
export const COUNT_PUSH_TIMEOUT_MS = 8_000;

/** A pending apt update for LibreOffice: a package-manager update, no security fix. */
export const LIBREOFFICE_UPDATE: PendingUpdate = {
  name: 'libreoffice',
  installedVersion: '4:7.4.7-1+deb12u1',
  availableVersion: '4:7.4.7-1+deb12u2',
  source: 'apt',
};

/** A Debian computer with LibreOffice only, nothing pending (apt was asked and said so). */
export function quietSections(hostname: string, updates: PendingUpdate[] = []): InventorySections {
  const base = sampleSections();
  return sampleSections({
    os: { ...base.os, hostname },
    software: base.software.filter((s) => s.name === 'libreoffice'),
    updates,
  });
}

/** A computer enrolled into `room` that has reported `sections`. */
export async function reportingComputer(
  t: TestHub,
  admin: string,
  room: string,
  sections: InventorySections,
): Promise<{ agent: AgentClient; deviceId: string }> {
  const token = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
    token: admin,
    body: { room },
  });
  if (!token.body.ok) throw new Error(token.body.error);
  const enrolled = await t.enroll(sections.os.hostname, token.body.data.token);
  const agent = await t.connectAgent(enrolled);
  const stored = await agent.emitWithAck('inventory:report', fullReport(sections));
  if (!stored.ok) throw new Error(stored.error);
  return { agent, deviceId: enrolled.deviceId };
}

/** Resolves with the first `device:updated` of `deviceId` that `matches`; rejects after a while. */
export function deviceUpdate(
  socket: ConsoleClient,
  deviceId: string,
  matches: (device: Device) => boolean,
  timeoutMs = COUNT_PUSH_TIMEOUT_MS,
): Promise<Device> {
  return new Promise((resolve, reject) => {
    const listener = (device: Device) => {
      if (device.id !== deviceId || !matches(device)) return;
      clearTimeout(timer);
      socket.off('device:updated', listener);
      resolve(device);
    };
    const timer = setTimeout(() => {
      socket.off('device:updated', listener);
      reject(new Error(`no matching device:updated for ${deviceId} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('device:updated', listener);
  });
}

/** The counts part of a device, for comparing what two readers got. */
export const countsOf = (device: Device) => ({
  updatesCount: device.updatesCount,
  outdatedCount: device.outdatedCount,
  securityCount: device.securityCount,
  verdictsHidden: device.verdictsHidden,
});
