// Reads a hub's `GET /api/status` over and over, from a process of its own, and prints one line
// per call: `ok <ms>` or `failed <why>`. Timed here and not in the bench's own process, whose
// event loop runs 10,000 simulated agents: in a reconnect storm that loop is what stalls, and a
// call timed there measured the agents more than the hub.
// Usage: status-probe.ts URL EVERY_MS; stops at SIGTERM.
const [url, every] = process.argv.slice(2);
if (!url || !every) throw new Error('usage: status-probe.ts URL EVERY_MS');

let stopping = false;
process.on('SIGTERM', () => (stopping = true));

while (!stopping) {
  const asked = performance.now();
  try {
    await fetch(`${url}/api/status`).then((r) => r.arrayBuffer());
    process.stdout.write(`ok ${Math.round(performance.now() - asked)}\n`);
  } catch (error) {
    const why = String((error as { cause?: unknown }).cause ?? error).replaceAll('\n', ' ');
    process.stdout.write(`failed ${why}\n`);
  }
  await new Promise((resolve) => setTimeout(resolve, Number(every)));
}
