/**
 * Explicit limits shared by agent and hub. The hub enforces them; the agent respects them so that
 * nothing it sends is refused for size.
 */

/** Largest screenshot accepted, in bytes. A 1920×1080 JPEG at readable quality is ~300 KB. */
export const MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024;

/**
 * Largest single socket message once authenticated, in bytes: a screenshot plus its request and
 * device snapshot. Before authentication MAX_UNAUTHENTICATED_BYTES applies.
 */
export const MAX_SOCKET_MESSAGE_BYTES = 8 * 1024 * 1024;

/**
 * Widest or tallest screenshot accepted, in pixels: browsers refuse to draw larger canvases, and a
 * row of four 4K screens (15,360 px) still fits.
 */
export const MAX_SCREENSHOT_SIDE_PX = 16_384;

/**
 * Most pixels in a screenshot. Three 4K screens side by side are 25 MP and one 8K screen 33 MP;
 * a viewer decodes 4 bytes per pixel, so 40 MP costs a browser 160 MB, while a 16,000 × 16,000
 * image that compresses to 1 MB would cost it a gigabyte.
 */
export const MAX_SCREENSHOT_PIXELS = 40_000_000;

/** Largest HTTP JSON body, in bytes. */
export const MAX_HTTP_BODY_BYTES = 256 * 1024;

/** Installed-software entries per report. Large Linux workstations list ~6,000 packages. */
export const MAX_SOFTWARE_ITEMS = 20_000;

/** Pending updates per report. */
export const MAX_UPDATE_ITEMS = 5_000;

/**
 * Live samples one device may send per window (it sends one every 2 s while watched); the rest
 * get `rate-limited` before their payload is read.
 */
export const LIVE_SAMPLE_RATE_LIMIT = { requests: 3, windowMs: 4_000 } as const;

/** Help requests one device may create per window; the rest get `rate-limited`. */
export const HELP_RATE_LIMIT = { requests: 10, windowMs: 60_000 } as const;

/**
 * Inventory reports one device may send per window, of any kind. A check-in is one or two (a
 * delta, then the full report the hub asks for when out of step) and a coordinator's refresh one
 * more; the rest get `rate-limited` before the hub reads them.
 */
export const INVENTORY_REPORT_RATE_LIMIT = { requests: 6, windowMs: 60_000 } as const;

/**
 * Full reports one device may send without being asked, per window. The agent sends one unasked
 * only when it holds no acknowledged hashes (first start, a refused report); its schedule, every
 * few hours, sends deltas.
 */
export const UNASKED_FULL_REPORT_LIMIT = { requests: 1, windowMs: 30 * 60_000 } as const;

/**
 * How long the hub's ask for a full report stays open, in ms (enrollment, hashes out of step,
 * "Refresh inventory"): collecting takes a few minutes on a slow Windows machine.
 */
export const FULL_REPORT_ASK_TTL_MS = 15 * 60_000;

/**
 * Replies and "Fixed" / "Still broken" answers one device may send per window; each is pushed to
 * every console. A person types a few a minute; more is a script.
 */
export const REQUESTER_MESSAGE_RATE_LIMIT = { requests: 20, windowMs: 60_000 } as const;

/**
 * "Refresh inventory" asks one person may make for one device per window. Asks for a device
 * that has not answered the previous one are merged into it; this bounds the rest.
 */
export const INVENTORY_ASK_RATE_LIMIT = { requests: 5, windowMs: 10 * 60_000 } as const;

/**
 * How long a socket may stay connected without authenticating, in ms. An agent's handshake takes
 * milliseconds; a connection that never authenticates holds a file and memory until then.
 */
export const SOCKET_AUTH_DEADLINE_MS = 10_000;

/**
 * Most bytes a connection may send before it authenticates: a handshake with its credentials is a
 * few hundred bytes. Large messages (screenshots, reports) only after authentication.
 */
export const MAX_UNAUTHENTICATED_BYTES = 64 * 1024;

/**
 * Connections one address may hold open before authenticating: each costs a file and up to
 * MAX_UNAUTHENTICATED_BYTES until its deadline, so one machine holds at most 16 MiB. Agents
 * authenticate within milliseconds; this leaves room for a whole school behind one NAT address
 * reconnecting at once to a hub busy with the rest of the district.
 */
export const MAX_UNAUTHENTICATED_CONNECTIONS_PER_ADDRESS = 256;

/** Longest help text, in characters: a few words, not an essay. */
export const MAX_HELP_TEXT_CHARS = 4_000;

/** Generic bound for names, versions and other short strings coming from machines. */
export const MAX_SHORT_STRING = 512;
