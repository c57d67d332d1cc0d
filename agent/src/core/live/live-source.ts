import type { LiveSample } from '@handraise/shared';

/**
 * Where live figures come from: each call reads the computer once. Rates (processor, disk and
 * network activity) cover the time since the previous call; the first call's are zero or null.
 */
export type LiveSource = { sample(): LiveSample };
