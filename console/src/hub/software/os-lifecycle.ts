// When each operating-system release stops getting security updates: the table bundled with the
// hub, the matching of a device to its row, and the coordinator's JSON import of a newer table.
import type { OsInfo, OsLifecycleEntry, OsLifecycleTable } from '@handraise/shared';
import { z } from 'zod';
import { osTitleFor } from './os-title.ts';
import { capped, missingOr } from './import-errors.ts';

// ---- the bundled table ----

const MICROSOFT = 'Microsoft Lifecycle';

function row(
  osKey: string,
  release: string,
  endOfLife: string,
  source: string,
  match: { versionPrefix?: string; edition?: string } = {},
): OsLifecycleEntry {
  return {
    osKey,
    release,
    versionPrefix: match.versionPrefix ?? null,
    edition: match.edition ?? null,
    endOfLife,
    source,
  };
}

/**
 * One Windows 11 feature update: Home, Pro, Pro for Workstations and SE get 24 months; Enterprise
 * and Education 36. Pro Education is serviced like Pro, and needs its own row only because its
 * name also contains "Education" (the longer edition wins).
 */
function windows11(
  version: string,
  build: string,
  homePro: string,
  enterpriseEducation: string,
): OsLifecycleEntry[] {
  const versionPrefix = `10.0.${build}`;
  const release = `Windows 11 ${version}`;
  return [
    row('os:windows-11', release, homePro, MICROSOFT, { versionPrefix }),
    row('os:windows-11', `${release} Pro Education`, homePro, MICROSOFT, {
      versionPrefix,
      edition: 'Pro Education',
    }),
    row('os:windows-11', `${release} Enterprise`, enterpriseEducation, MICROSOFT, {
      versionPrefix,
      edition: 'Enterprise',
    }),
    row('os:windows-11', `${release} Education`, enterpriseEducation, MICROSOFT, {
      versionPrefix,
      edition: 'Education',
    }),
  ];
}

const APPLE_LAST_UPDATE = 'Apple security releases: the last security update';
const APPLE_THIRD_SUCCESSOR =
  'Apple does not announce an end; the date its third successor shipped';
const UBUNTU = 'Ubuntu release cycle (a month is given; its last day is used)';
const MINT = 'Linux Mint (a month is given; its last day is used)';

/** Dates researched on `asOf`; a coordinator can import a newer table (parseOsLifecycleTable). */
export const BUNDLED_OS_LIFECYCLE: OsLifecycleTable = {
  asOf: '2026-11-29',
  entries: [
    // Every Windows 10 release but the long-term ones ended with 22H2 (paid ESU aside).
    row('os:windows-10', 'Windows 10', '2025-10-14', `${MICROSOFT} (22H2; without paid ESU)`),
    row('os:windows-10', 'Windows 10 Enterprise LTSB 2016', '2026-10-13', MICROSOFT, {
      versionPrefix: '10.0.14393',
      edition: 'LTSB',
    }),
    row('os:windows-10', 'Windows 10 Enterprise LTSC 2019', '2029-01-09', MICROSOFT, {
      versionPrefix: '10.0.17763',
      edition: 'LTSC',
    }),
    row('os:windows-10', 'Windows 10 Enterprise LTSC 2021', '2027-01-12', MICROSOFT, {
      versionPrefix: '10.0.19044',
      edition: 'LTSC',
    }),
    row('os:windows-10', 'Windows 10 IoT Enterprise LTSC 2021', '2032-01-13', MICROSOFT, {
      versionPrefix: '10.0.19044',
      edition: 'IoT Enterprise LTSC',
    }),
    ...windows11('21H2', '22000', '2023-10-10', '2024-10-08'),
    ...windows11('22H2', '22621', '2024-10-08', '2025-10-14'),
    ...windows11('23H2', '22631', '2025-11-11', '2026-11-10'),
    ...windows11('24H2', '26100', '2026-10-13', '2027-10-12'),
    ...windows11('25H2', '26200', '2027-10-12', '2028-10-10'),
    ...windows11('26H1', '28000', '2028-03-14', '2029-03-13'),
    ...windows11('26H2', '26300', '2028-10-10', '2029-10-09'),
    row('os:windows-11', 'Windows 11 Enterprise LTSC 2024', '2029-10-09', MICROSOFT, {
      versionPrefix: '10.0.26100',
      edition: 'Enterprise LTSC',
    }),
    row('os:windows-11', 'Windows 11 IoT Enterprise LTSC 2024', '2034-10-10', MICROSOFT, {
      versionPrefix: '10.0.26100',
      edition: 'IoT Enterprise LTSC',
    }),
    row('os:windows-server-2012', 'Windows Server 2012', '2023-10-10', `${MICROSOFT} (extended)`),
    row(
      'os:windows-server-2012-r2',
      'Windows Server 2012 R2',
      '2023-10-10',
      `${MICROSOFT} (extended)`,
    ),
    row('os:windows-server-2016', 'Windows Server 2016', '2027-01-12', `${MICROSOFT} (extended)`),
    row('os:windows-server-2019', 'Windows Server 2019', '2029-01-09', `${MICROSOFT} (extended)`),
    row('os:windows-server-2022', 'Windows Server 2022', '2031-10-14', `${MICROSOFT} (extended)`),
    row('os:windows-server-2025', 'Windows Server 2025', '2034-11-14', `${MICROSOFT} (extended)`),

    row(
      'os:macos-10.15',
      'macOS 10.15 Catalina',
      '2022-07-20',
      `${APPLE_LAST_UPDATE} (Security Update 2022-005)`,
    ),
    row('os:macos-11', 'macOS 11 Big Sur', '2023-09-11', `${APPLE_LAST_UPDATE} (11.7.10)`),
    row('os:macos-12', 'macOS 12 Monterey', '2024-07-29', `${APPLE_LAST_UPDATE} (12.7.6)`),
    row('os:macos-13', 'macOS 13 Ventura', '2025-08-20', `${APPLE_LAST_UPDATE} (13.7.8)`),
    row('os:macos-14', 'macOS 14 Sonoma', '2026-09-14', `${APPLE_THIRD_SUCCESSOR} (macOS 27)`),

    row('os:debian-9', 'Debian 9', '2022-06-30', 'Debian LTS'),
    row('os:debian-10', 'Debian 10', '2024-06-30', 'Debian LTS'),
    row('os:debian-11', 'Debian 11', '2026-08-31', 'Debian LTS'),
    row('os:debian-12', 'Debian 12', '2028-06-30', 'Debian LTS'),
    row('os:debian-13', 'Debian 13', '2030-06-30', 'Debian LTS'),
    row('os:ubuntu-18.04', 'Ubuntu 18.04 LTS', '2023-05-31', UBUNTU),
    row('os:ubuntu-20.04', 'Ubuntu 20.04 LTS', '2025-05-31', UBUNTU),
    row('os:ubuntu-22.04', 'Ubuntu 22.04 LTS', '2027-05-31', UBUNTU),
    row('os:ubuntu-24.04', 'Ubuntu 24.04 LTS', '2029-05-31', UBUNTU),
    row('os:ubuntu-26.04', 'Ubuntu 26.04 LTS', '2031-04-30', UBUNTU),
    row('os:linux-mint-20', 'Linux Mint 20', '2025-04-30', MINT),
    row('os:linux-mint-21', 'Linux Mint 21', '2027-04-30', MINT),
    row('os:linux-mint-22', 'Linux Mint 22', '2029-04-30', MINT),
    row('os:fedora-40', 'Fedora 40', '2025-05-13', 'Fedora end of life'),
    row('os:fedora-41', 'Fedora 41', '2025-12-15', 'Fedora end of life'),
    row('os:fedora-42', 'Fedora 42', '2026-05-27', 'Fedora end of life'),
    row('os:fedora-43', 'Fedora 43', '2026-12-09', 'Fedora schedule (planned)'),
    row('os:rhel-8', 'Red Hat Enterprise Linux 8', '2029-05-31', 'Red Hat (end of maintenance)'),
    row('os:rhel-9', 'Red Hat Enterprise Linux 9', '2032-05-31', 'Red Hat (end of maintenance)'),
    row('os:rocky-8', 'Rocky Linux 8', '2029-05-31', 'Rocky Linux'),
    row('os:rocky-9', 'Rocky Linux 9', '2032-05-31', 'Rocky Linux'),
  ],
};

// ---- matching ----

/**
 * The lifecycle row for a device's OS: same OS title key, `versionPrefix` (if set) starting the
 * version, `edition` (if set) inside the OS name, any case. The most specific row wins: more
 * conditions, then a longer prefix, then a longer edition ("Pro Education" over "Education");
 * on a full tie the earlier row.
 */
export function lifecycleFor(os: OsInfo, table: OsLifecycleTable): OsLifecycleEntry | null {
  const key = osTitleFor(os).key;
  const version = os.version.trim();
  const name = os.name.toLowerCase();
  let best: OsLifecycleEntry | null = null;
  let bestRank: readonly number[] = [];
  for (const entry of table.entries) {
    if (entry.osKey !== key) continue;
    if (entry.versionPrefix !== null && !version.startsWith(entry.versionPrefix)) continue;
    if (entry.edition !== null && !name.includes(entry.edition.toLowerCase())) continue;
    const rank = [
      (entry.versionPrefix === null ? 0 : 1) + (entry.edition === null ? 0 : 1),
      entry.versionPrefix?.length ?? 0,
      entry.edition?.length ?? 0,
    ];
    if (best === null || outranks(rank, bestRank)) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}

function outranks(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

// ---- the coordinator's import ----

/** More entries than any real table needs; a bigger file is a mistake. */
export const MAX_OS_LIFECYCLE_ENTRIES = 2_000;

const dateSchema = z.iso.date({ error: missingOr('must be a date written YYYY-MM-DD') });

const textSchema = (max: number) =>
  z
    .string({ error: missingOr('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Optional text: absent and null both mean "not set". */
const optionalTextSchema = (max: number) =>
  z
    .string({ error: 'must be text or null' })
    .trim()
    .min(1, 'must not be empty (use null)')
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value ?? null);

const entrySchema = z.strictObject(
  {
    osKey: z
      .string({ error: missingOr('must be text') })
      .max(200, 'must be at most 200 characters')
      .regex(/^os:[a-z0-9][a-z0-9:+._-]*$/, 'must be an OS title key such as "os:windows-11"'),
    release: textSchema(200),
    versionPrefix: optionalTextSchema(100),
    edition: optionalTextSchema(100),
    endOfLife: dateSchema,
    source: optionalTextSchema(200),
  },
  { error: 'must be an object' },
);

const tableSchema = z.strictObject(
  {
    asOf: dateSchema,
    entries: z
      .array(entrySchema, { error: missingOr('must be a list') })
      .max(MAX_OS_LIFECYCLE_ENTRIES, 'must have at most 2,000 entries'),
  },
  { error: 'must be an object with "asOf" and "entries"' },
);

export type OsLifecycleParse =
  { ok: true; table: OsLifecycleTable } | { ok: false; errors: string[] };

/**
 * Reads a coordinator's lifecycle table: `{ "asOf": "YYYY-MM-DD", "entries": [...] }`, strictly.
 * Every problem names the entry and field ("entries[3].endOfLife: must be a date …").
 */
export function parseOsLifecycleTable(text: string): OsLifecycleParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = tableSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: capped(parsed.error.issues.map(describeIssue)) };
  }
  const errors = duplicateErrors(parsed.data.entries);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, table: parsed.data };
}

/** Two rows with the same conditions would make matching depend on their order. */
function duplicateErrors(entries: readonly OsLifecycleEntry[]): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  entries.forEach((entry, index) => {
    const conditions = JSON.stringify([
      entry.osKey,
      entry.versionPrefix,
      entry.edition?.toLowerCase() ?? null,
    ]);
    const first = seen.get(conditions);
    if (first === undefined) seen.set(conditions, index);
    else {
      errors.push(`entries[${index}]: same osKey, versionPrefix and edition as entries[${first}]`);
    }
  });
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  let where = '';
  for (const part of issue.path) {
    if (typeof part === 'number') where += `[${part}]`;
    else where += where === '' ? String(part) : `.${String(part)}`;
  }
  const place = where === '' ? 'the table' : where;
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${place}: unknown field${issue.keys.length === 1 ? '' : 's'} ${names}`;
  }
  return `${place}: ${issue.message}`;
}
