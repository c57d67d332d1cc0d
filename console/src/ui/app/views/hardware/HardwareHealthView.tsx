import type { FleetHardwareHealth } from '@handraise/shared';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { AgentCostCard } from './AgentCostCard.tsx';
import { AgentVersionsCard } from './AgentVersionsCard.tsx';
import { BatteryHealthCard } from './BatteryHealthCard.tsx';
import { HARDWARE_HEALTH_PATH } from './hardware-health-path.ts';
import { StorageHealthCard } from './StorageHealthCard.tsx';

/**
 * The school's worn batteries and full disks, worst first: what to replace or clean up next; and
 * what Handraise's own agent costs those computers.
 */
export function HardwareHealthView() {
  const { user } = useHub();
  const health = useApiData<FleetHardwareHealth>(HARDWARE_HEALTH_PATH);
  return (
    <div className="page hardware-health">
      <header className="page-header">
        <div>
          <h1>Hardware health</h1>
          <p className="subtitle">
            {user.role === 'coordinator' ? 'Across the school' : 'In your rooms'}, from each
            computer&apos;s latest inventory.
          </p>
        </div>
      </header>
      {health.error ? (
        <p className="card empty" role="status">
          {health.error === 'forbidden'
            ? 'Hardware health is not available to student advisors: it is the IT coordinator’s and teacher advisors’ to see.'
            : 'The hub did not answer. Try again in a moment.'}
        </p>
      ) : !health.data ? (
        <p className="view-loading" role="status">
          Loading…
        </p>
      ) : (
        <>
          <div className="grid two hardware-health-cards">
            <BatteryHealthCard batteries={health.data.batteries} />
            <StorageHealthCard storage={health.data.storage} />
          </div>
          {/* Across the whole width: three distributions side by side and a wide list. */}
          <AgentCostCard />
          <AgentVersionsCard />
        </>
      )}
    </div>
  );
}
