import type { Disk } from '@handraise/shared';
import { formatBytes } from '../../../lib/format.ts';
import {
  FREE_SPACE_BAD_PERCENT,
  FREE_SPACE_WARN_PERCENT,
  formatPercent,
  lowIsBadTone,
} from './overview-labels.ts';
import { SpaceBar } from './SpaceBar.tsx';

/**
 * Each mounted filesystem with its free space, as a bar and in words. The bar fills with what is
 * free, as Hardware health's does and as a battery's fills with its health: the more, the better.
 */
export function Filesystems({ disks }: { disks: readonly Disk[] }) {
  return (
    <ul className="space-list" aria-labelledby="filesystems">
      {disks.map((disk) => {
        const free = Math.max(0, disk.sizeBytes - disk.usedBytes);
        const freePercent = disk.sizeBytes > 0 ? (free / disk.sizeBytes) * 100 : 0;
        const tone = lowIsBadTone(freePercent, FREE_SPACE_WARN_PERCENT, FREE_SPACE_BAD_PERCENT);
        return (
          <li key={disk.mount}>
            <span className="space-name">
              <span className="mono">{disk.mount}</span>
              {disk.fsType && <span className="muted"> ({disk.fsType})</span>}
            </span>
            {/* Free space fills the bar, the figure beside it: an empty bar is a full disk. */}
            <SpaceBar percent={freePercent} tone={tone} />
            <span className="space-text" data-tone={tone}>
              {formatBytes(free)} free of {formatBytes(disk.sizeBytes)} (
              {formatPercent(freePercent)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
