import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseYumCheckUpdate } from './yum-check-update.ts';

// Written for these tests in the layout of `yum check-update`, with the banners and messages
// yum, its plugins and subscription-manager print around the table.
const TABLE = `Loaded plugins: fastestmirror, product-id, security, subscription-manager
Updating Subscription Management repositories.
Unable to read consumer identity
Loading mirror speeds from cached hostfile
 * base: mirror.example.org
 * updates: mirror.example.org
Last metadata expiration check: 0:42:17 ago on Mon 03 Jun 2024 09:12:44 AM CEST.
Update notice RHSA-2015:1115 (from updates) is broken, or a bad duplicate, skipping.
You should report this problem to the owner of the updates repository.

bash.x86_64                      4.2.46-34.el7                updates
python3.11.x86_64                3.11.7-1.el9                 appstream
curl.i686                        7.29.0-59.el7_9.1            updates
curl.x86_64                      7.29.0-59.el7_9.1            updates
very-long-package-name-for-wrapping.x86_64
                                 2:1.0-1.el7                  updates
another-long-name.noarch         1:2.5.0-0.1.20240101git1234567.el7
                                                              epel
hwdata.noarch                    0.252-9.7.el7                base
hwdata.x86_64                    0.252-9.8.el7                updates
Security: kernel-3.10.0-1160.el7.x86_64 is an installed security update
Security: kernel-3.10.0-1127.el7.x86_64 is the currently running version
Obsoleting Packages
grub2.x86_64                     1:2.02-0.87.el7.centos.7     updates
    grub2.x86_64                 1:2.02-0.86.el7.centos       @updates
replacement.noarch               3.0-1.el7                    base
    oldname.noarch               2.0-1.el7                    @base
`;

describe('parseYumCheckUpdate', () => {
  it('reads the table rows only, wrapped rows joined, obsoletes skipped', () => {
    expect(parseYumCheckUpdate(TABLE, 'yum')).toEqual([
      { name: 'bash', availableVersion: '4.2.46-34.el7', source: 'yum' },
      { name: 'python3.11', availableVersion: '3.11.7-1.el9', source: 'yum' },
      { name: 'curl', availableVersion: '7.29.0-59.el7_9.1', source: 'yum' },
      {
        name: 'very-long-package-name-for-wrapping',
        availableVersion: '2:1.0-1.el7',
        source: 'yum',
      },
      {
        name: 'another-long-name',
        availableVersion: '1:2.5.0-0.1.20240101git1234567.el7',
        source: 'yum',
      },
      { name: 'hwdata', availableVersion: '0.252-9.7.el7', source: 'yum' },
      { name: 'hwdata', availableVersion: '0.252-9.8.el7', source: 'yum' },
    ]);
  });

  it('labels updates with the tool that printed them', () => {
    const dnf = parseYumCheckUpdate('\nbash.x86_64  5.2.26-3.fc40  updates\n', 'dnf');
    expect(dnf).toEqual([{ name: 'bash', availableVersion: '5.2.26-3.fc40', source: 'dnf' }]);
    expect(parseYumCheckUpdate('bash.x86_64  5.2.26-3.fc40  updates')[0]?.source).toBe('yum');
  });

  it('drops a wrapped name whose continuation never comes', () => {
    const text =
      'orphan-name.x86_64\nbash.x86_64  5.2.26-3.fc40  updates\n    stray  continuation\n';
    expect(parseYumCheckUpdate(text, 'dnf').map((update) => update.name)).toEqual(['bash']);
  });

  it('returns nothing when there is nothing to update', () => {
    expect(parseYumCheckUpdate('', 'dnf')).toEqual([]);
    expect(parseYumCheckUpdate('Loaded plugins: fastestmirror\n', 'yum')).toEqual([]);
  });

  it('produces updates the contract accepts', () => {
    for (const update of parseYumCheckUpdate(TABLE, 'yum')) {
      expect(pendingUpdateSchema.parse(update)).toEqual(update);
    }
  });
});
