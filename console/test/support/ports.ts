// Test support: a loopback port that was free a moment ago, for a hub that must restart on it.
import { createServer, type AddressInfo } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on (the OS picked it, then it was released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
