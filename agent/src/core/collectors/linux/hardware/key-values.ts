/**
 * Reading `key: value` lines (lscpu, /proc/cpuinfo) and `KEY=value` lines (uevent files) as
 * systeminformation reads them, so the agent's own readers report what it reported: the first
 * line whose key starts with `key` (case-insensitive, tabs ignored), the rest after the first
 * separator, trimmed. `exactKey` requires the separator right after the key (optionally after
 * one space), so POWER_SUPPLY_CHARGE_FULL does not match POWER_SUPPLY_CHARGE_FULL_DESIGN.
 */
export function lineValue(
  lines: readonly string[],
  key: string,
  options: { separator?: string; trimLines?: boolean; exactKey?: boolean } = {},
): string {
  const separator = options.separator ?? ':';
  const wanted = key.toLowerCase();
  for (const line of lines) {
    let lower = line.toLowerCase().replaceAll('\t', '');
    if (options.trimLines) lower = lower.trim();
    if (!lower.startsWith(wanted)) continue;
    if (
      options.exactKey &&
      !lower.includes(wanted + separator) &&
      !lower.includes(`${wanted} ${separator}`)
    ) {
      continue;
    }
    const parts = (options.trimLines ? line.trim() : line).split(separator);
    if (parts.length >= 2) return parts.slice(1).join(separator).trim();
  }
  return '';
}

/** The first line of a sysfs or procfs attribute, trimmed, as `cat file; echo` shows it. */
export function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}
