import type { Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { fact, FactList, knownFacts } from './facts.tsx';
import { CHASSIS_LABELS, formatDay, joined } from './overview-labels.ts';

/** Who made the computer, which model it is, and the identifiers warranty claims ask for. */
export function IdentitySection({ hardware }: { hardware: Hardware }) {
  const { firmware } = hardware;
  const facts = knownFacts([
    fact('Maker', hardware.manufacturer),
    fact('Model', hardware.model),
    fact('Model ID', hardware.modelId, { mono: true }),
    fact('Serial number', hardware.serial, { mono: true }),
    fact('Asset tag', hardware.assetTag, { mono: true }),
    fact('Kind', hardware.chassis && CHASSIS_LABELS[hardware.chassis]),
    fact(
      'Firmware',
      firmware &&
        joined([
          [firmware.vendor, firmware.version].filter(Boolean).join(' '),
          firmware.releaseDate && `released ${formatDay(firmware.releaseDate)}`,
        ]),
    ),
  ]);
  if (facts.length === 0) return null;
  return (
    <Card title="Identity" id="device-identity">
      <FactList facts={facts} />
    </Card>
  );
}
