import type { Disk } from '@handraise/shared';
import { formatBytes } from '../../../lib/format.ts';
import {
  FREE_SPACE_BAD_PERCENT,
  FREE_SPACE_WARN_PERCENT,
  formatPercent,
  lowIsBadTone,
} from './overview-labels.ts';
import { SpaceBar } from './SpaceBar.tsx';

/** Each mounted filesystem with its free space, as a bar and in words. */
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
            {/* Used space fills the bar: a full bar reads as a full disk. */}
            <SpaceBar percent={100 - freePercent} tone={tone} />
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
