// Test support: a tray client as its own process, so the integration test can run it as another
// local account (spawn's uid/gid). `node channel-client-script.ts SOCKET METHOD [JSON-PARAMS]`
// prints one JSON line: the account it was proven as and the answer, or the refusal's code.
import { ChannelError, connectToService } from '../../../src/core/local-channel/channel-client.ts';
import type { ChannelMethod } from '../../../src/core/local-channel/channel-protocol.ts';

const [path, method, params] = process.argv.slice(2);
// Started as root, the client becomes the other account once its code is loaded: the checkout it
// runs from need not be readable by that account, and everything the channel sees (the socket,
// the proof file and its owner) is that account's doing.
const account = process.env.HANDRAISE_TEST_CLIENT_UID;
if (account !== undefined) {
  process.setgid?.(Number(account));
  process.setuid?.(Number(account));
}
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
try {
  const connection = await connectToService({ path: path! });
  try {
    const data = await connection.call(
      method as ChannelMethod,
      JSON.parse(params ?? '{}') as never,
    );
    print({ account: connection.account, ok: true, data });
  } catch (error) {
    print({ account: connection.account, ok: false, code: (error as ChannelError).code });
  } finally {
    connection.close();
  }
} catch (error) {
  print({ ok: false, code: error instanceof ChannelError ? error.code : String(error) });
}
