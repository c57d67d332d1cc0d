import type { Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { Pill } from '../../../components/Pill.tsx';
import { joined } from './overview-labels.ts';

/** The screens attached and the printers installed. */
export function DisplaysSection({ hardware }: { hardware: Hardware }) {
  const displays = hardware.displays ?? [];
  const printers = hardware.printers ?? [];
  if (displays.length === 0 && printers.length === 0) return null;
  return (
    <Card title="Displays and printers" id="device-displays">
      {displays.length > 0 && (
        <>
          <h3 id="displays" className="overview-subheading">
            Displays
          </h3>
          <ul className="plain-list" aria-labelledby="displays">
            {displays.map((display, index) => (
              <li key={index}>
                {joined([display.manufacturer, display.model]) ?? `Display ${index + 1}`}
                {display.widthPx !== undefined && display.heightPx !== undefined && (
                  <span className="muted">
                    {' '}
                    · {display.widthPx} × {display.heightPx}
                  </span>
                )}
                {display.serial && (
                  <span className="muted">
                    {' '}
                    · serial <span className="mono">{display.serial}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {printers.length > 0 && (
        <>
          <h3 id="printers" className="overview-subheading">
            Printers
          </h3>
          <ul className="plain-list" aria-labelledby="printers">
            {printers.map((printer) => (
              <li key={printer.name}>
                {printer.name}
                {printer.isDefault && (
                  <>
                    {' '}
                    <Pill tone="accent">Default</Pill>
                  </>
                )}
                {(printer.isNetwork !== undefined || printer.driver || printer.port) && (
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {joined([
                      printer.isNetwork === undefined
                        ? undefined
                        : printer.isNetwork
                          ? 'network'
                          : 'local',
                      printer.driver,
                      printer.port,
                    ])}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
