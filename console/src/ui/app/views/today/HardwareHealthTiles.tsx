import {
  BATTERY_REPLACE_BELOW_PERCENT,
  DISK_CRITICAL_BELOW_FREE_PERCENT,
  type FleetHardwareHealth,
} from '@handraise/shared';
import { StatTile } from '../../components/StatTile.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { HARDWARE_HEALTH_HREF } from '../../lib/today-links.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { HARDWARE_HEALTH_PATH } from '../hardware/hardware-health-path.ts';

/** Keeps a figure and its percent sign on one line when the label wraps. */
const NBSP = '\u00a0';

/**
 * Two tiles for the hardware that needs replacing or clearing: worn batteries and nearly full
 * disks, each opening the fleet's hardware health. A tile with nothing reported behind it (a school
 * of desktops has no batteries) is left out.
 */
export function HardwareHealthTiles() {
  const { data } = useApiData<FleetHardwareHealth>(HARDWARE_HEALTH_PATH);
  if (!data) return null;
  const { batteries, storage } = data;
  return (
    <>
      {batteries.reported > 0 && (
        <StatTile
          label={`Batteries under ${BATTERY_REPLACE_BELOW_PERCENT}${NBSP}% health`}
          value={batteries.under60}
          tone={batteries.under60 > 0 ? 'warn' : 'good'}
          note={`of ${formatCount(batteries.reported)} with a battery`}
          href={HARDWARE_HEALTH_HREF}
        />
      )}
      {storage.reported > 0 && (
        <StatTile
          label={`Under ${DISK_CRITICAL_BELOW_FREE_PERCENT}${NBSP}% disk space free`}
          value={storage.under10PercentFree}
          tone={storage.under10PercentFree > 0 ? 'bad' : 'good'}
          note={`of ${plural(storage.reported, 'computer')}`}
          href={HARDWARE_HEALTH_HREF}
        />
      )}
    </>
  );
}
