import type { VolumeEncryption } from '@handraise/shared';
import { Pill } from '../../../components/Pill.tsx';
import { FactList } from './facts.tsx';
import { ENCRYPTION_METHODS, ENCRYPTION_STATES } from './overview-labels.ts';

/**
 * Whether each volume is encrypted, and by what (BitLocker, FileVault, LUKS). The method is the
 * tool the agent asked, not a fact about a volume that is not encrypted: a plain ext4 root reads
 * "Not encrypted", never "Not encrypted LUKS".
 */
export function EncryptionList({ volumes }: { volumes: readonly VolumeEncryption[] }) {
  return (
    <FactList
      facts={volumes.map((v) => {
        const state = ENCRYPTION_STATES[v.state];
        return {
          label: v.volume,
          value: (
            <>
              <Pill tone={state.tone}>{state.label}</Pill>
              {v.state !== 'off' && ` ${ENCRYPTION_METHODS[v.method]}`}
            </>
          ),
        };
      })}
    />
  );
}
