// The hub's log: one readable line per event for a person at a terminal, one JSON object per line
// for everything else (a service manager, a file, a log shipper), which machines read best.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogOutput = Pick<NodeJS.WriteStream, 'isTTY'> & NodeJS.WritableStream;

/** The hub's logger at `level`, pretty on a terminal and JSON lines otherwise, to `output`. */
export function createHubLogger(level: string, output: LogOutput = process.stdout): Logger {
  const options = { name: 'hub', level };
  if (!output.isTTY) return pino(options, output);
  return pino(
    options,
    pretty({
      destination: output,
      // Synchronous, like the JSON lines: a line logged just before an exit is not lost.
      sync: true,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      // The process and machine are the same on every line of one terminal.
      ignore: 'pid,hostname',
    }),
  );
}
