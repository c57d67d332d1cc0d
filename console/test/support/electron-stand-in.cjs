// A stand-in for the `electron` module, loaded with `node --require` in front of the console's
// Electron bundle. It plays the few Electron APIs the main process uses and prints, one JSON line
// each, what the main process asked of it, so tests can check the glue without Electron's binary.
const Module = require('node:module');

const report = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const listeners = new Map();

const app = {
  whenReady: () => Promise.resolve(),
  on(event, listener) {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    return app;
  },
  quit() {
    let prevented = false;
    for (const listener of listeners.get('before-quit') ?? [])
      listener({ preventDefault: () => (prevented = true) });
    if (!prevented) {
      report({ type: 'quit' });
      process.exit(0);
    }
  },
  exit(code) {
    report({ type: 'exit', code });
    process.exit(code);
  },
};

class BrowserWindow {
  constructor(options) {
    report({ type: 'window', options });
    this.webContents = { setWindowOpenHandler: () => undefined };
  }
  async loadURL(url) {
    const response = await fetch(url);
    report({
      type: 'loaded',
      url,
      status: response.status,
      html: (await response.text()).includes('<title>Handraise console</title>'),
    });
  }
}

const electron = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (title, message) => report({ type: 'error-box', title, message }) },
  shell: { openExternal: async () => undefined },
};

const load = Module._load;
Module._load = function loadWithStandIn(request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.on('SIGTERM', () => app.quit());
