// Writes the service definitions the installers ship, rendered from agent/src/core/service/:
// build/agent/linux/handraise-agent.service and build/agent/mac/org.handraise.agent.plist.
// `npm run generate:service-definitions`; a test fails while they differ from what is rendered.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeService,
  installedExecutable,
  renderLaunchdPlist,
  renderSystemdUnit,
} from '../src/core/service/service-definition.ts';

const BUILD_AGENT = join(import.meta.dirname, '..', '..', 'build', 'agent');

/** Each shipped file and its text, as the code renders it now. */
export function shippedServiceDefinitions(): { path: string; text: string }[] {
  return [
    {
      path: join(BUILD_AGENT, 'linux', 'handraise-agent.service'),
      text: renderSystemdUnit(describeService(installedExecutable('linux'))),
    },
    {
      path: join(BUILD_AGENT, 'mac', 'org.handraise.agent.plist'),
      text: renderLaunchdPlist(describeService(installedExecutable('darwin'))),
    },
  ];
}

if (import.meta.main) {
  for (const { path, text } of shippedServiceDefinitions()) {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
