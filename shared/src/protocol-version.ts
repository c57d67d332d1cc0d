/**
 * Version of the wire protocol. Bump it when an event or payload changes incompatibly; the hub
 * keeps accepting agents down to MIN_AGENT_PROTOCOL_VERSION so that old agents still report.
 */
export const PROTOCOL_VERSION = 1;

/** Oldest agent protocol the hub still accepts. */
export const MIN_AGENT_PROTOCOL_VERSION = 1;
