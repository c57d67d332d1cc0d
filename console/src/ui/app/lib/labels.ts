import type {
  HelpCategory,
  HelpRequest,
  OsInfo,
  Platform,
  RequestState,
  Role,
} from '@handraise/shared';

/** Visual tone of a pill or tile; each maps to a colour pair with AA contrast in both themes. */
export type Tone = 'accent' | 'good' | 'warn' | 'bad' | 'violet' | 'neutral';

export const CATEGORY_LABELS: Record<HelpCategory, string> = {
  internet: 'Internet',
  printer: 'Printer',
  'sign-in': 'Signing in',
  app: 'An app',
  'sound-screen': 'Sound or screen',
  other: 'Something else',
};

export const STATE_LABELS: Record<RequestState, string> = {
  new: 'Waiting',
  claimed: 'In progress',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const STATE_TONES: Record<RequestState, Tone> = {
  new: 'accent',
  claimed: 'warn',
  escalated: 'violet',
  resolved: 'good',
  closed: 'neutral',
};

/** "#42": the number people say aloud for a request. */
export const requestNumber = (request: Pick<HelpRequest, 'number'>): string => `#${request.number}`;

/** States in which a request still needs someone. */
export const OPEN_STATES: readonly RequestState[] = ['new', 'claimed', 'escalated'];

export const ROLE_LABELS: Record<Role, string> = {
  coordinator: 'IT coordinator',
  advisor: 'Tech Advisor',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  other: 'Other',
};

/**
 * "Windows 11 Education (22631)", "macOS 14.7.1", "Debian GNU/Linux 12"; empty until the first
 * inventory. Windows reports 10.0.x as its version for 10 and 11 alike, so its build says more.
 */
export function osLabel(os: OsInfo | null): string {
  if (!os) return '';
  const name = (os.name || PLATFORM_LABELS[os.platform]).replace(/^Microsoft\s+/, '');
  if (os.platform === 'windows') return os.build ? `${name} (${os.build})` : name;
  return os.version && !name.includes(os.version) ? `${name} ${os.version}` : name;
}
