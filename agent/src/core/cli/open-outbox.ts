// The outbox as a command opens it. A damaged one is set aside at open (see outbox.ts): the log
// gets SQLite's account of the damage, for IT staff; the person gets one plain sentence.
import type { Logger } from 'pino';
import { openOutbox, type Outbox } from '../outbox.ts';
import { recoverySentence } from '../storage/outbox-recovery.ts';
import { say } from './arguments.ts';

export function openCommandOutbox(file: string, logger: Logger): Outbox {
  return openOutbox(file, {
    onRecovered: (line, recovery) => {
      logger.warn({ recovery }, line);
      say(recoverySentence(recovery));
    },
  });
}
