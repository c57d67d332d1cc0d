import type { User } from '@handraise/shared';

/**
 * Whether the fleet's hardware health is this person's to open: the coordinator's whole school, a
 * teacher advisor's rooms. Student advisors see a computer's hardware only while helping at it, so
 * never the fleet's. (The hub decides; the console only leaves out what it would refuse.)
 */
export const seesHardwareHealth = (user: User): boolean => user.advisor?.kind !== 'student';
