import type { SoftwareSource, UpdateSource } from '@handraise/shared';

/** A title schools run, with its versions newest first: machines behind run an older one. */
export type CatalogTitle = { name: string; publisher?: string; versions: readonly string[] };

export type PlatformCatalog = {
  source: SoftwareSource;
  updateSource: UpdateSource;
  titles: readonly CatalogTitle[];
};

// Versions are real release numbers of these titles, so lists look like a real fleet's.
export const WINDOWS_CATALOG: PlatformCatalog = {
  source: 'registry',
  updateSource: 'winget',
  titles: [
    {
      name: 'Google Chrome',
      publisher: 'Google LLC',
      versions: ['131.0.6778.86', '130.0.6723.117', '129.0.6668.90', '128.0.6613.138'],
    },
    {
      name: 'Mozilla Firefox (x64 en-US)',
      publisher: 'Mozilla',
      versions: ['133.0', '132.0.2', '131.0.3'],
    },
    {
      name: 'Microsoft Edge',
      publisher: 'Microsoft Corporation',
      versions: ['131.0.2903.70', '130.0.2849.80'],
    },
    {
      name: 'Zoom Workplace (64-bit)',
      publisher: 'Zoom Video Communications, Inc.',
      versions: ['6.2.11', '6.2.5', '6.1.1'],
    },
    {
      name: 'Microsoft 365 Apps for enterprise - en-us',
      publisher: 'Microsoft Corporation',
      versions: ['16.0.18129.20158', '16.0.17928.20216'],
    },
    {
      name: 'Adobe Acrobat (64-bit)',
      publisher: 'Adobe',
      versions: ['24.005.20307', '24.004.20272', '24.003.20180'],
    },
    { name: '7-Zip 24.08 (x64)', publisher: 'Igor Pavlov', versions: ['24.08', '23.01'] },
    { name: 'VLC media player', publisher: 'VideoLAN', versions: ['3.0.21', '3.0.20', '3.0.18'] },
    { name: 'Scratch 3', publisher: 'Scratch Foundation', versions: ['3.31.1', '3.29.1'] },
    {
      name: 'GeoGebra Classic',
      publisher: 'International GeoGebra Institute',
      versions: ['6.0.862.0', '6.0.845.0'],
    },
    {
      name: 'Microsoft Teams',
      publisher: 'Microsoft Corporation',
      versions: ['24295.605.3225.8804', '24243.1309.3132.617'],
    },
    { name: 'Notepad++ (64-bit x64)', publisher: 'Notepad++ Team', versions: ['8.7.1', '8.6.9'] },
    {
      name: 'Java 8 Update 431',
      publisher: 'Oracle Corporation',
      versions: ['8.0.4310.10', '8.0.4210.9'],
    },
    { name: 'Audacity 3.7.0', publisher: 'Audacity Team', versions: ['3.7.0', '3.6.4'] },
    {
      name: 'Microsoft Visual C++ 2015-2022 Redistributable (x64)',
      publisher: 'Microsoft Corporation',
      versions: ['14.42.34433.0', '14.40.33810.0'],
    },
  ],
};

export const MACOS_CATALOG: PlatformCatalog = {
  source: 'macapp',
  updateSource: 'brew',
  titles: [
    {
      name: 'Google Chrome',
      publisher: 'Google LLC',
      versions: ['131.0.6778.86', '130.0.6723.117', '129.0.6668.90'],
    },
    { name: 'Firefox', publisher: 'Mozilla Corporation', versions: ['133.0', '132.0.2'] },
    {
      name: 'zoom.us',
      publisher: 'Zoom Video Communications, Inc.',
      versions: ['6.2.11', '6.2.5'],
    },
    { name: 'Microsoft Word', publisher: 'Microsoft Corporation', versions: ['16.91', '16.89'] },
    { name: 'Keynote', publisher: 'Apple', versions: ['14.2', '14.1'] },
    { name: 'GarageBand', publisher: 'Apple', versions: ['10.4.11', '10.4.8'] },
    { name: 'iMovie', publisher: 'Apple', versions: ['10.4.2', '10.4.1'] },
    { name: 'Scratch 3', publisher: 'Scratch Foundation', versions: ['3.31.1', '3.29.1'] },
    { name: 'VLC', publisher: 'VideoLAN', versions: ['3.0.21', '3.0.20'] },
  ],
};

export const LINUX_CATALOG: PlatformCatalog = {
  source: 'dpkg',
  updateSource: 'apt',
  titles: [
    {
      name: 'firefox-esr',
      versions: ['128.5.0esr-1~deb12u1', '128.4.0esr-1~deb12u1', '115.16.0esr-1~deb12u1'],
    },
    { name: 'chromium', versions: ['131.0.6778.85-1~deb12u1', '130.0.6723.116-1~deb12u1'] },
    { name: 'libreoffice-writer', versions: ['4:7.4.7-1+deb12u5', '4:7.4.7-1+deb12u4'] },
    { name: 'openssl', versions: ['3.0.15-1~deb12u1', '3.0.14-1~deb12u2'] },
    { name: 'vlc', versions: ['3.0.21-0+deb12u1', '3.0.20-0+deb12u1'] },
    { name: 'scratch', versions: ['1.4.0.6~dfsg1-7'] },
    { name: 'geogebra', versions: ['4.0.34.0+dfsg1-9'] },
    { name: 'bash', versions: ['5.2.15-2+b7'] },
    { name: 'linux-image-amd64', versions: ['6.1.119-1', '6.1.115-1'] },
  ],
};
