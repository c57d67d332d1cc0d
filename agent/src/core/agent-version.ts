/**
 * The agent's own version, reported to the hub at every connection. Kept as a literal (checked
 * against package.json by a test) so that bundles need no package.json beside them.
 */
export const AGENT_VERSION = '0.1.0';
