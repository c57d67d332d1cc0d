// Builds small dmidecode outputs for unit tests, in the current layout (tab-indented fields).
let nextHandle = 0;

/** One structure: handle line, title, then one `Key: value` line per field. */
export function dmiStructure(type: number, title: string, fields: Record<string, string>): string {
  nextHandle += 1;
  const handle = `0x${nextHandle.toString(16).padStart(4, '0')}`;
  const lines = Object.entries(fields).map(([key, value]) => `\t${key}: ${value}`);
  return [`Handle ${handle}, DMI type ${type}, 27 bytes`, title, ...lines, ''].join('\n');
}

/** A whole output: the version header, then the structures. */
export const dmiOutput = (...structures: string[]): string =>
  ['# dmidecode 3.3', '', ...structures].join('\n');
