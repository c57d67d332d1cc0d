// A stand-in for the `electron` module, loaded with `node --require` in front of the tray's main
// bundle. It plays the Electron APIs the tray uses and prints, one JSON line each, what main asked
// of it; the test drives it with JSON commands on stdin (click a menu item, invoke an IPC channel
// as the window or as a stranger, click a notification). No Electron binary needed.
const Module = require('node:module');
const { existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { basename, join } = require('node:path');
const { createInterface } = require('node:readline');
const { pathToFileURL } = require('node:url');
const { PNG } = require('pngjs');

/** The tray, the window and the last notification main made (one of each is enough here). */
const current = { tray: null, window: null, notification: null };

const report = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);

/** Long strings (picture data URLs) are cut, so reports stay readable lines. */
const LONG_STRING_CHARS = 200;
const summarize = (value) =>
  JSON.parse(
    JSON.stringify(value ?? null, (_key, v) =>
      typeof v === 'string' && v.length > LONG_STRING_CHARS
        ? `${v.slice(0, 40)}…(${v.length} chars)`
        : v,
    ),
  );

class Emitter {
  constructor() {
    this.listeners = new Map();
  }
  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event, listener) {
    const wrapped = (...args) => {
      this.off(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event, listener) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event, ...args) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

const app = new Emitter();
Object.assign(app, {
  isPackaged: true,
  requestSingleInstanceLock() {
    report({ type: 'single-instance-lock' });
    return process.env.STAND_IN_SECOND_INSTANCE !== '1';
  },
  whenReady: () => Promise.resolve(),
  getPreferredSystemLanguages: () => (process.env.STAND_IN_LANGUAGES ?? 'en-US').split(','),
  /** Only `userData` (the signed-in user's own folder for the app) is asked for. */
  getPath(name) {
    report({ type: 'get-path', name });
    return process.env.STAND_IN_USER_DATA ?? join(tmpdir(), `handraise-stand-in-${name}`);
  },
  setLoginItemSettings: (settings) => report({ type: 'login-item', settings }),
  quit() {
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      report({ type: 'quit' });
      process.exit(0);
    }
  },
  exit(code) {
    report({ type: 'exit', code });
    process.exit(code);
  },
});

const image = (path) => ({
  name: basename(path),
  exists: existsSync(path) && existsSync(path.replace(/\.png$/, '@2x.png')),
  isEmpty: () => !existsSync(path),
});

class Tray extends Emitter {
  constructor(icon) {
    super();
    current.tray = this;
    report({ type: 'tray', icon: icon.name, exists: icon.exists });
  }
  setImage(icon) {
    report({ type: 'tray-icon', icon: icon.name, exists: icon.exists });
  }
  setToolTip(text) {
    report({ type: 'tray-tooltip', text });
  }
  setContextMenu(menu) {
    this.menu = menu;
    const items = menu.items.map((item) => (item.type === 'separator' ? '---' : item.label));
    report({ type: 'tray-menu', items });
  }
  destroy() {
    report({ type: 'tray-destroyed' });
  }
}

let nextContentsId = 1;
class WebContents extends Emitter {
  constructor() {
    super();
    this.id = nextContentsId++;
    this.mainFrame = { url: 'about:blank', parent: null };
  }
  send(channel, payload) {
    report({ type: 'send', channel, payload: summarize(payload) });
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler;
  }
}

class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    current.window = this;
    this.webContents = new WebContents();
    this.visible = false;
    this.focused = false;
    this.destroyed = false;
    report({ type: 'window', options });
  }
  async loadFile(file, options = {}) {
    const hash = options.hash ?? null;
    this.webContents.mainFrame.url = `${pathToFileURL(file).href}${hash ? `#${hash}` : ''}`;
    report({ type: 'loaded', file, hash });
    setImmediate(() => this.emit('ready-to-show'));
  }
  show() {
    this.visible = true;
    report({ type: 'window-show' });
  }
  hide() {
    this.visible = false;
    report({ type: 'window-hide' });
  }
  focus() {
    this.focused = true;
    this.emit('focus');
  }
  isVisible = () => this.visible;
  isFocused = () => this.focused;
  isMinimized = () => false;
  isDestroyed = () => this.destroyed;
  restore() {}
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    report({ type: 'window-closed' });
    this.emit('closed');
  }
}

const handlers = new Map();
const ipcMain = {
  handle(channel, handler) {
    handlers.set(channel, handler);
    report({ type: 'ipc-handle', channel });
  },
  removeHandler: (channel) => handlers.delete(channel),
};

class Notification extends Emitter {
  static isSupported = () => true;
  constructor(options) {
    super();
    this.options = options;
    current.notification = this;
  }
  show() {
    report({ type: 'notification', title: this.options.title, body: this.options.body });
  }
}

/** The display under the pointer: 1280×800 points at 150 %, so 1920×1200 physical pixels. */
const DISPLAY = { id: 2, size: { width: 1280, height: 800 }, scaleFactor: 1.5 };

function screenPicture(width, height) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const stripe = Math.floor(x / 40 + y / 40) % 2 === 0 ? 40 : 0;
      png.data[at] = 200 - stripe;
      png.data[at + 1] = 210 - stripe;
      png.data[at + 2] = 230;
      png.data[at + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const desktopCapturer = {
  async getSources(options) {
    report({ type: 'capture', options });
    const { width, height } = options.thumbnailSize;
    const bytes = screenPicture(width, height);
    return [
      {
        id: 'screen:2:0',
        name: 'Screen 2',
        display_id: String(DISPLAY.id),
        thumbnail: { isEmpty: () => false, getSize: () => ({ width, height }), toPNG: () => bytes },
      },
    ];
  },
};

/**
 * The user's keychain, as STAND_IN_SAFE_STORAGE says: `keychain` (one that protects, as DPAPI, the
 * Keychain or libsecret do), `basic_text` (Linux with no Secret Service: "available", yet it
 * protects nothing) or, by default, none at all. Sealed text is marked and scrambled so a test can
 * tell it apart from the secret and only this stand-in opens it.
 */
const SAFE_STORAGE_MODE = process.env.STAND_IN_SAFE_STORAGE ?? 'none';
const SEALED_MARK = 'stand-in-keychain:';
const SEALING_BYTE = 0x5a;
const scramble = (bytes) => Buffer.from(bytes.map((byte) => byte ^ SEALING_BYTE));
const safeStorage = {
  isEncryptionAvailable: () => SAFE_STORAGE_MODE !== 'none',
  getSelectedStorageBackend: () =>
    ({ keychain: 'gnome_libsecret', basic_text: 'basic_text' })[SAFE_STORAGE_MODE] ?? 'unknown',
  encryptString(text) {
    report({ type: 'safe-storage', call: 'encrypt' });
    return Buffer.concat([Buffer.from(SEALED_MARK), scramble(Buffer.from(text))]);
  },
  decryptString(sealed) {
    report({ type: 'safe-storage', call: 'decrypt' });
    if (!sealed.subarray(0, SEALED_MARK.length).equals(Buffer.from(SEALED_MARK)))
      throw new Error('not sealed by this keychain');
    return scramble(sealed.subarray(SEALED_MARK.length)).toString();
  },
};

let permissionHandler = null;
const electron = {
  app,
  BrowserWindow,
  Menu: { buildFromTemplate: (items) => ({ items }) },
  Notification,
  Tray,
  desktopCapturer,
  ipcMain,
  nativeImage: { createFromPath: image },
  safeStorage,
  screen: {
    getCursorScreenPoint: () => ({ x: 1500, y: 300 }),
    getDisplayNearestPoint: () => DISPLAY,
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => {
        permissionHandler = handler;
        report({ type: 'permission-handler' });
      },
      setPermissionCheckHandler: () => undefined,
    },
  },
  shell: { openExternal: async () => undefined },
  dialog: { showErrorBox: (title, message) => report({ type: 'error-box', title, message }) },
};

/** The event an IPC call carries: from the window's own page, a subframe, or a stranger. */
function invokeEvent(sender) {
  if (sender === 'own')
    return {
      sender: current.window.webContents,
      senderFrame: current.window.webContents.mainFrame,
    };
  if (sender === 'subframe') {
    const frame = current.window.webContents.mainFrame;
    return { sender: current.window.webContents, senderFrame: { url: frame.url, parent: frame } };
  }
  return { sender: new WebContents(), senderFrame: { url: 'https://example.org/', parent: null } };
}

const commands = {
  async invoke({ id, channel, args, sender }) {
    const handler = handlers.get(channel);
    const result = handler ? await handler(invokeEvent(sender), ...args) : 'no handler';
    report({ type: 'invoke-result', id, result: summarize(result) });
  },
  menu({ label }) {
    const item = current.tray?.menu?.items.find((candidate) => candidate.label === label);
    report({ type: 'menu-clicked', label, found: Boolean(item) });
    item?.click();
  },
  'notification-click': () => current.notification?.emit('click'),
  focus: () => current.window?.focus(),
  'close-window': () => current.window?.destroy(),
  permission({ permission }) {
    permissionHandler?.(null, permission, (granted) =>
      report({ type: 'permission', permission, granted }),
    );
  },
  'second-instance': () => app.emit('second-instance'),
  quit: () => app.quit(),
};

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line);
  void commands[command.do]?.(command);
});

const load = Module._load;
Module._load = function loadWithStandIn(request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.on('SIGTERM', () => app.quit());
