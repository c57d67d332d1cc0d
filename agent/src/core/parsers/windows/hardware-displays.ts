// Monitors (WmiMonitorID, with each one's preferred mode and the adapters' current resolution)
// and printer queues (Win32_Printer) from the hardware script's output.
import type { DisplayFacts, PrinterFacts } from '../hardware/device-state-facts.ts';
import { meaningful } from '../hardware/placeholders.ts';
import { recordFlag, recordText, type JsonRecord } from './powershell-json.ts';
import { assign, partRecords, positiveNumber } from './hardware-json-root.ts';
import { pnpVendorName } from './pnp-vendors.ts';

type Resolution = { widthPx: number; heightPx: number };

/**
 * One entry per monitor. The size is the desktop's current resolution where that is certain to
 * be this monitor's (one monitor, one adapter reporting a resolution); otherwise the monitor's
 * preferred mode, which for flat panels is their native resolution.
 */
export function readWindowsDisplays(root: JsonRecord): DisplayFacts[] {
  const monitors = partRecords(root, 'Monitors');
  const current = monitors.length === 1 ? onlyCurrentResolution(root) : undefined;
  return monitors.map((monitor) => {
    const display: DisplayFacts = {};
    const vendorId = meaningful(edidText(monitor.ManufacturerName));
    assign(display, 'manufacturer', vendorId && pnpVendorName(vendorId));
    assign(display, 'model', meaningful(edidText(monitor.UserFriendlyName)));
    assign(display, 'serial', meaningful(edidText(monitor.SerialNumberID)));
    const size = current ?? preferredMode(root, recordText(monitor, 'InstanceName'));
    if (size) Object.assign(display, size);
    return display;
  });
}

/**
 * WmiMonitorID's names are UInt16 arrays, one character code each, padded with zeros. A
 * string (a hand-made or future output) is taken as it is.
 */
export function edidText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  let text = '';
  for (const code of value) {
    if (typeof code !== 'number' || !Number.isInteger(code) || code <= 0) break;
    text += String.fromCharCode(code);
  }
  return text;
}

function onlyCurrentResolution(root: JsonRecord): Resolution | undefined {
  const sizes = partRecords(root, 'VideoControllers')
    .map((controller) =>
      resolution(controller.CurrentHorizontalResolution, controller.CurrentVerticalResolution),
    )
    .filter((size) => size !== undefined);
  return sizes.length === 1 ? sizes[0] : undefined;
}

function preferredMode(root: JsonRecord, instance: string | undefined): Resolution | undefined {
  if (instance === undefined) return undefined;
  const mode = partRecords(root, 'MonitorModes').find(
    (record) => recordText(record, 'InstanceName') === instance,
  );
  return mode && resolution(mode.Width, mode.Height);
}

function resolution(width: unknown, height: unknown): Resolution | undefined {
  const widthPx = positiveNumber(width);
  const heightPx = positiveNumber(height);
  return widthPx !== undefined && heightPx !== undefined ? { widthPx, heightPx } : undefined;
}

/** One entry per printer queue, the virtual ones (PDF, XPS, OneNote) included. */
export function readWindowsPrinters(root: JsonRecord): PrinterFacts[] {
  const printers: PrinterFacts[] = [];
  for (const record of partRecords(root, 'Printers')) {
    const name = recordText(record, 'Name');
    if (name === undefined) continue;
    const printer: PrinterFacts = { name };
    assign(printer, 'driver', recordText(record, 'DriverName'));
    assign(printer, 'port', recordText(record, 'PortName'));
    assign(printer, 'isDefault', recordFlag(record, 'Default'));
    assign(printer, 'isNetwork', recordFlag(record, 'Network'));
    printers.push(printer);
  }
  return printers;
}
