import type {
  DiskDeviceFacts,
  DisplayFacts,
  EncryptionFacts,
  NetworkInterfaceFacts,
  UserSessionFacts,
} from '../../../parsers/hardware/device-state-facts.ts';
import { decodeText } from '../../../parsers/decode-text.ts';
import { parseBootTime } from './boot-time.ts';
import { parseLsblkEncryption } from './disk-encryption.ts';
import { parseLsblkDisks } from './disks.ts';
import { parseResolvConf, parseResolvectlDns } from './dns-servers.ts';
import { decodeEdid } from './edid.ts';
import { parseLastLogin, parseWho } from './logged-in-users.ts';
import { parseDefaultGateways, parseIpAddrJson } from './network-addresses.ts';

type Parsed =
  | NetworkInterfaceFacts[]
  | DiskDeviceFacts[]
  | EncryptionFacts[]
  | DisplayFacts[]
  | UserSessionFacts[]
  | string[]
  | { bootTime?: string }
  | { lastLoggedInUser?: string };

type StateParseSource = { describes: string; parse: (bytes: Uint8Array) => Parsed };

const text =
  <T extends Parsed>(parse: (text: string) => T) =>
  (bytes: Uint8Array): T =>
    parse(decodeText(bytes));

/** Saved Linux outputs the state readers understand, for `handraise-agent parse --source NAME FILE`. */
export const LINUX_STATE_PARSE_SOURCES = {
  'proc-stat': {
    describes: '/proc/stat: the boot time (btime) as ISO 8601',
    parse: text((stat) => {
      const bootTime = parseBootTime(stat);
      return bootTime === undefined ? {} : { bootTime };
    }),
  },
  who: { describes: 'who (C locale): login sessions', parse: text(parseWho) },
  'last-w': {
    describes: 'last -w: the newest real login',
    parse: text((output) => {
      const user = parseLastLogin(output);
      return user === undefined ? {} : { lastLoggedInUser: user };
    }),
  },
  'ip-addr-json': {
    describes: 'ip -j addr: interfaces (loopback skipped) with addresses and MAC',
    parse: text(parseIpAddrJson),
  },
  'ip-route-json': {
    describes: 'ip -j route show default: the default gateways',
    parse: text(parseDefaultGateways),
  },
  'resolv-conf': { describes: 'resolv.conf: nameserver addresses', parse: text(parseResolvConf) },
  'resolvectl-dns': { describes: 'resolvectl dns: DNS servers', parse: text(parseResolvectlDns) },
  'lsblk-disks': {
    describes: 'lsblk -J -b -d -o NAME,MODEL,SERIAL,SIZE,ROTA,TYPE,TRAN: physical disks',
    parse: text(parseLsblkDisks),
  },
  'lsblk-encryption': {
    describes: 'lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINT: LUKS encryption per mounted volume',
    parse: text(parseLsblkEncryption),
  },
  edid: {
    describes: 'a monitor EDID (binary, e.g. /sys/class/drm/*/edid): maker, name, serial, mode',
    parse: (bytes) => {
      const display = decodeEdid(bytes);
      return display === undefined ? [] : [display];
    },
  },
} satisfies Record<string, StateParseSource>;
