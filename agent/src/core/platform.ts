import type { Platform } from '@handraise/shared';

/** Maps a Node/systeminformation platform name (`process.platform`) to the contract's platform. */
export function toPlatform(nodePlatform: string): Platform {
  switch (nodePlatform) {
    case 'linux':
      return 'linux';
    case 'win32':
      return 'windows';
    case 'darwin':
      return 'macos';
    default:
      return 'other';
  }
}
