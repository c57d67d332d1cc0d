/**
 * A setting or command-line value the agent cannot work with. Kept apart from agent-config.ts
 * so the command line can recognise it without loading the config schema.
 */
export class AgentConfigError extends Error {}
