// Whether a reader gets a computer's update counts. They are drawn from its software list, which a
// student advisor sees only in the computer's details, while helping with one of its requests, and
// only if the coordinator allows it (studentsSeeSoftware). So a student's device list and the
// pushes that keep it live never carry them, and a student's details carry them by that setting.
import type { Device } from '@handraise/shared';

/**
 * The computer with its update counts withheld: 0 and a flag saying they are not shown. The
 * pending updates its agent reported count among them: they too name its software.
 */
export const withheldVerdicts = <D extends Device>(device: D): D => ({
  ...device,
  updatesCount: 0,
  outdatedCount: 0,
  securityCount: 0,
  verdictsHidden: true,
});
