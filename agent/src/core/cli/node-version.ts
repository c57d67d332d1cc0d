// The outbox and the credentials' store use Node's own SQLite (node:sqlite), which older Node.js
// versions do not have: the agent says so rather than fail on the first module that needs it.

/** The oldest Node.js the agent runs on. */
export const MIN_NODE_MAJOR = 24;

/** Why the agent cannot run on Node.js `version` (e.g. "20.20.2"), or null when it can. */
export function unsupportedNode(version: string): string | null {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return null;
  return `handraise-agent needs Node.js ${MIN_NODE_MAJOR} or later; this is Node.js ${version}.`;
}
