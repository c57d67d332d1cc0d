// What the readers find beyond the hardware identity (see hardware-facts.ts): disks, disk
// encryption, displays, printers and the computer's current state (network, users, security).
// Types only, shared by every OS's reader. Every field is optional where a source may not carry
// it; a value the source does not give is absent, never guessed. Add fields additively.

export type DiskKind = 'ssd' | 'hdd' | 'nvme' | 'unknown';
export type DiskHealth = 'ok' | 'warning' | 'failing' | 'unknown';

/** One physical disk. */
export type DiskDeviceFacts = {
  model?: string;
  /** The kernel's or OS's name for it ("sda", "nvme0n1", "disk0"). */
  name?: string;
  serial?: string;
  sizeBytes?: number;
  kind: DiskKind;
  health: DiskHealth;
};

export type EncryptionMethod = 'bitlocker' | 'filevault' | 'luks';
export type EncryptionState = 'on' | 'off' | 'unknown';

/** Encryption of one volume ("C:", "/", a block device). */
export type EncryptionFacts = {
  volume: string;
  method: EncryptionMethod;
  state: EncryptionState;
};

/** One attached monitor. */
export type DisplayFacts = {
  manufacturer?: string;
  model?: string;
  serial?: string;
  widthPx?: number;
  heightPx?: number;
};

/** One installed printer queue. */
export type PrinterFacts = {
  name: string;
  driver?: string;
  port?: string;
  isDefault?: boolean;
  isNetwork?: boolean;
};

export type NetworkInterfaceFacts = {
  name: string;
  mac?: string;
  ipv4: string[];
  ipv6: string[];
};

export type AntivirusFacts = {
  name: string;
  enabled?: boolean;
  upToDate?: boolean;
};

export type SecurityFacts = {
  antivirus?: AntivirusFacts[];
  /** Firewall on or off per profile, keyed by the OS's profile name ("Domain", "Private", "Public"). */
  firewallEnabled?: Record<string, boolean>;
  /** The OS has queued work (updates, file renames) that finishes only at the next restart. */
  pendingReboot?: boolean;
  /** ISO 8601 time of the newest successful update install. */
  lastUpdateInstalled?: string;
  /** macOS System Integrity Protection on. */
  sip?: boolean;
  /** macOS Gatekeeper on. */
  gatekeeper?: boolean;
  /** The OS itself asks for a restart (Debian's reboot-required flag, a macOS update). */
  rebootRequired?: boolean;
  /** Packages that asked for the restart, where the OS lists them (Debian's reboot-required.pkgs). */
  rebootRequiredBy?: string[];
};

/** One login session, as the OS's session list shows it. */
export type UserSessionFacts = {
  user: string;
  /** Where the session sits: a terminal ("tty2", "pts/0") or seat ("seat0", ":0"). */
  terminal?: string;
  /** Remote host or X display it came from, where shown. */
  from?: string;
};

/** The computer's state at the time of reading. */
export type StateFacts = {
  /** ISO 8601. */
  bootTime?: string;
  /** IANA or Windows time zone id, as the OS names it. */
  timeZone?: string;
  loggedInUsers?: string[];
  /** Each session of the logged-in users (a user may hold several). */
  sessions?: UserSessionFacts[];
  lastLoggedInUser?: string;
  interfaces?: NetworkInterfaceFacts[];
  gateways?: string[];
  dnsServers?: string[];
  wifiSsid?: string;
  security?: SecurityFacts;
};
