// A lab's computers enroll all at once when the installer reaches them, from one school address
// (NAT): every one of them ends up enrolled, once, though the hub holds back more enrollments in
// flight from one address than it allows failures (a guard against guessing tokens in parallel).
// On PostgreSQL, where enrollments overlap (on SQLite each runs to its end before the next), a
// lab of 40 met that limit and half of it was turned away.
import { describe, expect } from 'vitest';
import { hubTest } from '../../../console/src/hub/testing/hub-test.ts';
import { TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { countRows } from '../../../console/src/hub/testing/row-count.ts';
import { ENROLLMENT_LIMITS } from '../../../console/src/hub/http/enrollment-guard.ts';
import { enroll } from '../../src/core/enroll.ts';

/** More computers than the hub lets enroll at once from one address. */
const LAB_SIZE = ENROLLMENT_LIMITS.failuresPerWindow * 2;

describe('a whole lab enrolling at once from one address', () => {
  hubTest('enrolls every computer, each once', { timeout: 120_000 }, async ({ t }) => {
    const lab = Array.from(
      { length: LAB_SIZE },
      (_, i) => `lab-pc-${String(i + 1).padStart(2, '0')}`,
    );
    const enrolled = await Promise.all(
      lab.map((hostname, i) =>
        enroll(t.hub.url, TEST_ENROLL_TOKEN, {
          hostname,
          machineId: `machine-${i}`,
          macs: [`02:00:00:00:00:${i.toString(16).padStart(2, '0')}`],
        }),
      ),
    );
    expect(new Set(enrolled.map((e) => e.deviceId)).size).toBe(LAB_SIZE);
    expect(await countRows(t.hub.database.db, 'devices')).toBe(LAB_SIZE);
  });
});
