// Test-only: reads `wmic ... /format:list` output (blank-line separated `Name=value` blocks, as in
// GLPI's Win32_QuickFixEngineering dump) into one record per instance.

/** One record per instance; empty values are kept as ''. */
export function readWmicList(text: string): Record<string, string>[] {
  const records: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) continue;
    if (!current) {
      current = {};
      records.push(current);
    }
    current[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return records;
}
