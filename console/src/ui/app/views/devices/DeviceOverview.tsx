import type { DeviceDetail } from '@handraise/shared';
import { AgentSection } from './overview/AgentSection.tsx';
import { BatterySection } from './overview/BatterySection.tsx';
import { CollectorNotes } from './overview/CollectorNotes.tsx';
import { DisplaysSection } from './overview/DisplaysSection.tsx';
import { HardwareSection } from './overview/HardwareSection.tsx';
import { IdentitySection } from './overview/IdentitySection.tsx';
import { NetworkSection } from './overview/NetworkSection.tsx';
import { StateSection } from './overview/StateSection.tsx';
import { StorageSection } from './overview/StorageSection.tsx';
import { SystemSection } from './overview/SystemSection.tsx';

/**
 * System, hardware and state facts, grouped as people look for them; a group the computer reported
 * nothing for is left out, what Handraise's own agent costs it follows, and what the collectors
 * could not read comes last.
 */
export function DeviceOverview({ device, now }: { device: DeviceDetail; now: number }) {
  const { hardware, state } = device;
  return (
    <div className="overview-grid">
      <SystemSection device={device} now={now} />
      {hardware ? (
        <>
          <IdentitySection hardware={hardware} />
          <HardwareSection hardware={hardware} />
          <StorageSection hardware={hardware} />
          <BatterySection hardware={hardware} />
          <DisplaysSection hardware={hardware} />
        </>
      ) : (
        <p className="card empty">No hardware reported yet.</p>
      )}
      <NetworkSection hardware={hardware} state={state} />
      <StateSection state={state} now={now} />
      <AgentSection device={device} now={now} />
      <CollectorNotes notes={device.notes} />
    </div>
  );
}
