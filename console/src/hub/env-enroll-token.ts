import type { Logger } from 'pino';
import { hashSecret } from './auth/tokens.ts';
import type { EnrollmentStore } from './storage/enrollment-store.ts';
import type { SettingsStore } from './storage/settings-store.ts';

/** Settings key remembering which HANDRAISE_ENROLL_TOKEN value was already turned into a token. */
const CREATED_KEY = 'envEnrollTokenHash';

/**
 * Creates the enrollment token given in HANDRAISE_ENROLL_TOKEN, once per value: a token the
 * coordinator revoked stays revoked however often the hub restarts with the same environment.
 * A new value creates a new token.
 */
export async function createEnvToken(
  token: string,
  enrollment: EnrollmentStore,
  settings: SettingsStore,
  logger: Logger,
): Promise<void> {
  const hash = hashSecret(token);
  if ((await settings.readValue(CREATED_KEY)) === hash) {
    if (!(await enrollment.exists(token))) {
      logger.warn(
        'HANDRAISE_ENROLL_TOKEN was revoked in the console and stays revoked; set a new value for a new token',
      );
    }
    return;
  }
  await enrollment.create({ token, label: 'HANDRAISE_ENROLL_TOKEN' });
  await settings.writeValue(CREATED_KEY, hash);
  logger.info('created the enrollment token given in HANDRAISE_ENROLL_TOKEN');
}
