// What a killed hub must still hold after its restart, whatever its storage.
import { expect } from 'vitest';
import type { killMidIngest } from './hub-kill.ts';

export function expectNothingAcknowledgedLost(outcome: Awaited<ReturnType<typeof killMidIngest>>) {
  const { acked, storedRequests, storedSoftware } = outcome;
  expect(acked.requests.size).toBeGreaterThan(0);
  expect(acked.inventories.size).toBeGreaterThan(0);
  expect([...acked.requests].filter((id) => !storedRequests.has(id))).toEqual([]);
  // Each computer holds at least its last acknowledged report (a later one may have been stored
  // without its answer getting out before the kill).
  for (const [deviceId, count] of acked.inventories)
    expect(storedSoftware.get(deviceId), deviceId).toBeGreaterThanOrEqual(count);
}
