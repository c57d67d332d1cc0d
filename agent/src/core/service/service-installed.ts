// Whether the machine-wide service is installed here, told by the definition `service install`
// writes. A tray on such a computer waits for the service, however long it is stopped: running a
// core of its own would make the computer a second device, under one user's account.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeService, installedExecutable, windowsWrapperFiles } from './service-definition.ts';
import { LAUNCH_DAEMONS_DIR, SYSTEMD_UNIT_DIR } from './service-install.ts';

/** The file whose presence says the service is installed (a test may name another folder). */
export function serviceDefinitionPath(
  platform: NodeJS.Platform = process.platform,
  definitionDir?: string,
): string {
  const service = describeService(installedExecutable(platform));
  if (platform === 'win32') return windowsWrapperFiles(service.executable).xml;
  if (platform === 'darwin')
    return join(definitionDir ?? LAUNCH_DAEMONS_DIR, `${service.launchdLabel}.plist`);
  return join(definitionDir ?? SYSTEMD_UNIT_DIR, `${service.unitName}.service`);
}

export const isServiceInstalled = (
  platform: NodeJS.Platform = process.platform,
  definitionDir?: string,
): boolean => existsSync(serviceDefinitionPath(platform, definitionDir));
