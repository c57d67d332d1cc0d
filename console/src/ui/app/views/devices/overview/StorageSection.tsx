import type { Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { EncryptionList } from './EncryptionList.tsx';
import { Filesystems } from './Filesystems.tsx';
import { PhysicalDisks } from './PhysicalDisks.tsx';

/** The drives, the filesystems on them with their free space, and which volumes are encrypted. */
export function StorageSection({ hardware }: { hardware: Hardware }) {
  const drives = hardware.physicalDisks ?? [];
  const volumes = hardware.encryption ?? [];
  if (drives.length === 0 && hardware.disks.length === 0 && volumes.length === 0) return null;
  return (
    <Card title="Storage" id="device-storage">
      {drives.length > 0 && (
        <>
          <h3 id="physical-disks" className="overview-subheading">
            Drives
          </h3>
          <PhysicalDisks disks={drives} />
        </>
      )}
      {hardware.disks.length > 0 && (
        <>
          <h3 id="filesystems" className="overview-subheading">
            Free space
          </h3>
          <Filesystems disks={hardware.disks} />
        </>
      )}
      {volumes.length > 0 && (
        <>
          <h3 id="encryption" className="overview-subheading">
            Encryption
          </h3>
          <EncryptionList volumes={volumes} />
        </>
      )}
    </Card>
  );
}
