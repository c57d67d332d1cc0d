import type { BatteryDetail, Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { Pill } from '../../../components/Pill.tsx';
import { formatCount } from '../../../lib/format.ts';
import { fact, FactList } from './facts.tsx';
import {
  BATTERY_BAD_PERCENT,
  BATTERY_WARN_PERCENT,
  capacityText,
  formatDay,
  formatPercent,
  joined,
  lowIsBadTone,
} from './overview-labels.ts';

/** Each battery's health, cycles and capacities (or the older one-line summary). */
export function BatterySection({ hardware }: { hardware: Hardware }) {
  // Agents from before the detailed list send only the summary.
  const batteries: BatteryDetail[] = hardware.batteries?.length
    ? hardware.batteries
    : hardware.battery
      ? [hardware.battery]
      : [];
  const shown = batteries.filter((b) => Object.values(b).some((v) => v !== undefined));
  if (shown.length === 0) return null;
  return (
    <Card title={shown.length > 1 ? 'Batteries' : 'Battery'} id="device-battery">
      {shown.map((battery, index) => (
        <div className="overview-item" key={index}>
          {shown.length > 1 && (
            <h3 className="overview-subheading">
              {battery.name ?? battery.model ?? `Battery ${index + 1}`}
            </h3>
          )}
          <BatteryFacts battery={battery} />
        </div>
      ))}
    </Card>
  );
}

function BatteryFacts({ battery }: { battery: BatteryDetail }) {
  const health = battery.healthPercent;
  return (
    <FactList
      facts={[
        fact(
          'Health',
          health !== undefined && (
            <>
              <Pill tone={lowIsBadTone(health, BATTERY_WARN_PERCENT, BATTERY_BAD_PERCENT)}>
                {formatPercent(health)}
              </Pill>{' '}
              of design capacity
            </>
          ),
        ),
        fact('Condition', battery.condition),
        fact('Charge cycles', battery.cycleCount !== undefined && formatCount(battery.cycleCount)),
        fact('Capacity', capacityText(battery)),
        fact('Battery', joined([battery.manufacturer, battery.model, battery.chemistry])),
        fact('Made', battery.manufactureDate && formatDay(battery.manufactureDate)),
        fact('Serial number', battery.serial, { mono: true }),
      ]}
    />
  );
}
