import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseSoftwareupdateList } from './softwareupdate-list.ts';

// Salt's test strings; no golden parse exists, the expectations are read off the files. Each
// holds four items, the last one (`-`) not recommended, which is still an available update.
describe('parseSoftwareupdateList over Salt captures', () => {
  it('reads the pre-10.15 format (Mojave)', () => {
    const updates = parseSoftwareupdateList(
      readFixtureText('macos/salt/softwareupdate-l_MOJAVE_LIST_OUTPUT.txt'),
    );
    reportMatches('softwareupdate mojave', updates.length, 4);
    reportMatches('softwareupdate mojave labels', new Set(updates.map((u) => u.id)).size, 4);
    expect(updates).toEqual([
      {
        name: 'Command Line Tools (macOS Mojave version 10.14) for Xcode',
        availableVersion: '10.3',
        source: 'softwareupdate',
        id: 'Command Line Tools (macOS Mojave version 10.14) for Xcode-10.3',
      },
      {
        name: 'macOS 10.14.1 Update',
        availableVersion: '10.14.1',
        source: 'softwareupdate',
        id: 'macOS 10.14.1 Update',
      },
      {
        name: 'BridgeOSUpdateCustomer',
        availableVersion: '10.14.4.1.1.1555388607',
        source: 'softwareupdate',
        id: 'BridgeOSUpdateCustomer',
      },
      // `iCal, (1.0.2), 6520K`: the stray comma before the version is not part of the title.
      { name: 'iCal', availableVersion: '1.0.2', source: 'softwareupdate', id: 'iCal-1.0.2' },
    ]);
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });

  it('reads the 10.15+ format (Catalina), the last line without a newline', () => {
    const updates = parseSoftwareupdateList(
      readFixtureText('macos/salt/softwareupdate-l_CATALINA_LIST_OUTPUT.txt'),
    );
    reportMatches('softwareupdate catalina', updates.length, 4);
    reportMatches('softwareupdate catalina labels', new Set(updates.map((u) => u.id)).size, 4);
    expect(updates).toEqual([
      {
        name: 'Command Line Tools beta 5 for Xcode',
        availableVersion: '11.0',
        source: 'softwareupdate',
        id: 'Command Line Tools beta 5 for Xcode-11.0',
      },
      {
        name: 'macOS Catalina Public Beta',
        availableVersion: '5',
        source: 'softwareupdate',
        id: 'macOS Catalina Developer Beta-6',
      },
      {
        name: 'BridgeOSUpdateCustomer',
        availableVersion: '10.15.0.1.1.1560926689',
        source: 'softwareupdate',
        id: 'BridgeOSUpdateCustomer',
      },
      { name: 'iCal', availableVersion: '1.0.2', source: 'softwareupdate', id: 'iCal-1.0.2' },
    ]);
  });
});
