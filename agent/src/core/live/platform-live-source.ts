import { createLinuxLiveSource } from './linux-live-source.ts';
import type { LiveSource } from './live-source.ts';
import { createPortableLiveSource } from './portable-live-source.ts';

/** This computer's live source: the kernel's files on Linux, what Node.js reads elsewhere. */
export const platformLiveSource = (): LiveSource =>
  process.platform === 'linux' ? createLinuxLiveSource() : createPortableLiveSource();
