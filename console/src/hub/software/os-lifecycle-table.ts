// The operating-system lifecycle table bundled with the hub: when each release stops getting
// security updates, with the source of each date.
import type { OsLifecycleEntry, OsLifecycleTable } from '@handraise/shared';

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
