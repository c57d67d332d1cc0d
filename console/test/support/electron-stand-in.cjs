// A stand-in for the `electron` module, loaded with `node --require` in front of the console's
// Electron bundle. It plays the few Electron APIs the main process uses and prints, one JSON line
// each, what the main process asked of it, so tests can check the glue without Electron's binary.
const Module = require('node:module');

const report = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const listeners = new Map();
const windows = [];
/** Which handlers main set on the default session. */
const sessionGuards = new Set();

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
      // As Electron does after before-quit: every window closes.
      for (const window of windows) window.emit('close');
      report({ type: 'quit' });
      process.exit(0);
    }
  },
  getPath(name) {
    if (name !== 'userData') throw new Error(`stand-in has no path ${name}`);
    return process.env.STAND_IN_USER_DATA ?? require('node:os').tmpdir();
  },
  exit(code) {
    report({ type: 'exit', code });
    process.exit(code);
  },
};

class BrowserWindow extends require('node:events').EventEmitter {
  constructor(options) {
    super();
    report({ type: 'window', options });
    // Which guards main put on the page (navigation events, window.open), told after `loaded`.
    this.guards = [];
    this.webContents = {
      on: (event) => this.guards.push(event),
      setWindowOpenHandler: () => this.guards.push('window-open'),
    };
    this.bounds = {
      x: options.x ?? 10,
      y: options.y ?? 20,
      width: options.width,
      height: options.height,
    };
    this.maximized = false;
    // Like Electron, an open window keeps the app running until it closes.
    this.keepAlive = setInterval(() => undefined, 60_000);
    this.once('close', () => clearInterval(this.keepAlive));
    windows.push(this);
  }
  maximize() {
    this.maximized = true;
    report({ type: 'maximize' });
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  async loadURL(url) {
    const response = await fetch(url);
    report({
      type: 'loaded',
      url,
      status: response.status,
      html: (await response.text()).includes('<title>Handraise console</title>'),
    });
    report({ type: 'page-guards', events: this.guards, session: [...sessionGuards] });
  }
}

const electron = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (title, message) => report({ type: 'error-box', title, message }) },
  shell: { openExternal: async () => undefined },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => sessionGuards.add('permission-request'),
      setPermissionCheckHandler: () => sessionGuards.add('permission-check'),
      setCertificateVerifyProc: () => sessionGuards.add('certificate-verify'),
      webRequest: { onHeadersReceived: () => sessionGuards.add('response-headers') },
    },
  },
};

const load = Module._load;
Module._load = function loadWithStandIn(request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.on('SIGTERM', () => app.quit());
