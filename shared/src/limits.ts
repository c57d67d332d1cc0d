/**
 * Explicit limits shared by agent and hub. The hub enforces them; the agent respects them so that
 * nothing it sends is refused for size.
 */

/** Largest screenshot accepted, in bytes. A 1920×1080 JPEG at readable quality is ~300 KB. */
export const MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024;

/** Largest single socket message, in bytes: a screenshot plus its request and device snapshot. */
export const MAX_SOCKET_MESSAGE_BYTES = 8 * 1024 * 1024;

/** Largest HTTP JSON body, in bytes. */
export const MAX_HTTP_BODY_BYTES = 256 * 1024;

/** Installed-software entries per report. Large Linux workstations list ~6,000 packages. */
export const MAX_SOFTWARE_ITEMS = 20_000;

/** Pending updates per report. */
export const MAX_UPDATE_ITEMS = 5_000;

/** Help requests one device may create per window; the rest get `rate-limited`. */
export const HELP_RATE_LIMIT = { requests: 10, windowMs: 60_000 } as const;

/** Longest help text, in characters: a few words, not an essay. */
export const MAX_HELP_TEXT_CHARS = 4_000;

/** Generic bound for names, versions and other short strings coming from machines. */
export const MAX_SHORT_STRING = 512;
