import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createBridge } from '../../../shared/ipc/bridge';
import { eventChannels, invokeChannels } from '../../../shared/ipc/channel-names';
import { readAppAsset } from '../../../electron/app/app-assets';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import { printStateAttribute } from '../../../shared/pdf-export/report-data';
import type { Host } from '../../../electron/ports/host';
import { pdfPrintOptions, printInPasses, printTimeoutMs } from '../../../electron/ports/printing';
import { weakestAllowedKdfParams } from '../../../electron/vault/kdf-params';
import type { HostLaunchOptions, RunningApp, ShownNotification } from './running-app';

export const rendererRoot = path.resolve(import.meta.dirname, '../../../out/renderer');

/**
 * The built renderer, served on loopback to this worker's browser by the same `readAppAsset` as
 * Electron's app:// protocol (so the same CSP and the same refusals). A real server rather than
 * intercepted requests: an intercepted file crosses the DevTools pipe as base64 (~0.1 s for each
 * launch and unlock here), and a served one can be cached like any file with a hashed name.
 */
const appServer = http.createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  void readAppAsset(rendererRoot, pathname).then(({ status, headers, body }) => {
    const hashed = status === 200 && pathname.startsWith('/assets/');
    response.writeHead(status, { ...headers, 'cache-control': hashed ? 'max-age=31536000, immutable' : 'no-cache' });
    response.end(body);
  });
});
await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
// The worker ends when its tests do; the server does not keep it running.
appServer.unref();

/** The page's origin in the Chromium host: the only name the browser can reach (see `chromiumArgs`). */
export const chromiumHostOrigin = `http://waypoint.localhost:${(appServer.address() as AddressInfo).port}`;

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags these machines need for Chromium as root with no network (DESIGN, "Known environment facts"). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // No name resolves but the app's own (a .localhost name, always loopback): a request that
  // would leave the machine fails in the browser, and the window records it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE waypoint.localhost',
];

// The same bridge code the preload runs, over a Playwright binding instead of ipcRenderer.
const bridgeInstaller = `(() => {
  const listeners = new Map();
  const transport = {
    invoke: (channel, input) => window.__waypointInvoke(channel, input),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, '__waypointEmit', {
    value: (event, payload) => { for (const listener of listeners.get(event) ?? []) listener(payload); },
  });
  const createBridge = ${createBridge.toString()};
  Object.defineProperty(window, 'waypoint', {
    value: createBridge(transport, ${JSON.stringify(invokeChannels)}, ${JSON.stringify(eventChannels)}),
  });
})();`;

let sharedBrowser: Promise<Browser> | undefined;
function browser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }).then((launched) => {
    // A browser that went away is launched again for the next window, not reused.
    launched.on('disconnected', () => (sharedBrowser = undefined));
    return launched;
  });
  return sharedBrowser;
}

/** The launch a window serves now: its bridge and its requests go to this core only. */
interface Tenant {
  core: AppCore;
  foreignRequests: string[];
}

/**
 * A browser context and its app page, kept from one launch to the next. A new context costs a new
 * renderer process and a cold load of the app (~0.6 s a launch here, over a minute of the suite);
 * a reused page starts Waypoint again by loading it again, which drops everything the last launch
 * had in the page. Windows are kept per time zone and per kind of clock (real, or standing still
 * where the test says), because neither can be taken back from a context.
 */
interface AppWindow {
  context: BrowserContext;
  page: Page;
  tenant: Tenant | undefined;
  /** Set when the context has closed, for whatever reason: such a window is never taken again. */
  closed: boolean;
}

const windows = new Map<string, Promise<AppWindow>>();
const windowKey = (options: HostLaunchOptions) =>
  `${options.timeZone ?? 'machine'} ${options.rendererClock ? 'fixed' : 'real'} clock`;
const viewport = { width: 1100, height: 760 };

async function openWindow(timeZone: string | undefined): Promise<AppWindow> {
  const context = await (await browser()).newContext({ timezoneId: timeZone, viewport });
  const window: AppWindow = { context, page: undefined as unknown as Page, tenant: undefined, closed: false };
  context.on('close', () => (window.closed = true));
  // Every request to anywhere but the app's origin is recorded (the browser cannot reach it: see
  // `chromiumArgs`), so a test can assert the app never tried.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== chromiumHostOrigin && url.protocol !== 'data:') window.tenant?.foreignRequests.push(url.href);
  });
  // Every page of the context (the app and its print pages) gets the bridge, as Electron's preload
  // does. Between launches there is no main to answer.
  await context.exposeBinding('__waypointInvoke', (source, channel: unknown, input: unknown) => {
    const tenant = window.tenant;
    if (!tenant) return Promise.reject(new Error('Waypoint is not running in this window.'));
    return tenant.core.router.dispatch(channel, input, {
      url: source.frame.url(),
      isTopFrame: source.frame === source.page.mainFrame(),
    });
  });
  await context.addInitScript({ content: bridgeInstaller });
  window.page = await context.newPage();
  return window;
}

/** A window for these options, free of the last launch. */
async function takeWindow(options: HostLaunchOptions): Promise<AppWindow> {
  const key = windowKey(options);
  const kept = await windows.get(key)?.catch(() => undefined);
  if (kept && !kept.closed && !kept.page.isClosed() && !kept.tenant) return kept;
  if (kept) await discardWindow(key, kept);
  const opened = openWindow(options.timeZone);
  windows.set(key, opened);
  return opened;
}

/**
 * A window set up for this launch (size, theme, clock) with no page loaded yet. A kept window
 * whose context closed under it is replaced by a new one, once; anything else is an error.
 */
async function readyWindow(options: HostLaunchOptions, attempt = 1): Promise<AppWindow> {
  const window = await takeWindow(options);
  try {
    await window.page.setViewportSize(viewport);
    await window.page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    if (options.rendererClock) await window.context.clock.setFixedTime(new Date(options.rendererClock));
    return window;
  } catch (error) {
    // The close event can come after the failed call that met it: the error says it as well.
    const gone = window.closed || window.page.isClosed() || /has been closed/.test(String(error));
    if (attempt > 1 || !gone) throw error;
    console.log(`The kept window (${windowKey(options)}) closed before this launch; a new one is opened.`);
    await discardWindow(windowKey(options), window);
    return readyWindow(options, attempt + 1);
  }
}

/** Closes a window; the map forgets it only if it still names this window, not a newer one. */
async function discardWindow(key: string, window: AppWindow): Promise<void> {
  const listed = windows.get(key);
  if (listed && (await listed.catch(() => undefined)) === window) windows.delete(key);
  await window.context.close().catch(() => undefined);
}

/**
 * Ends a launch in its window: the page is emptied, so nothing of the app runs on, and a window
 * whose real clock a test replaced with a fake one is not used again.
 */
async function releaseWindow(options: HostLaunchOptions, window: AppWindow): Promise<void> {
  try {
    await window.page.goto('about:blank');
    const clockInstalled = await window.page.evaluate(() => '__pwClock' in globalThis);
    if (clockInstalled && !options.rendererClock) await discardWindow(windowKey(options), window);
  } catch {
    await discardWindow(windowKey(options), window);
  } finally {
    window.tenant = undefined;
  }
}

/**
 * Main's code (the real IPC router over a real vault in a temp folder) runs in this test process;
 * the built renderer runs in Debian's Chromium.
 */
export async function launchChromiumHost(options: HostLaunchOptions): Promise<RunningApp> {
  const window = await readyWindow(options);
  const { context, page } = window;
  const foreignRequests: string[] = [];
  let saveDialogAnswer: string | undefined;
  let openDialogAnswer: string | undefined;
  const openDialogs: Parameters<Host['chooseOpenPath']>[0][] = [];
  // Main's clock: the real one, or one the test moves.
  let mainNow = options.mainClock ? new Date(options.mainClock) : undefined;
  const clock = {
    now: () => mainNow ?? new Date(),
    timeZone: () => options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const shown: ShownNotification[] = [];
  const clicks: (() => void)[] = [];
  let backgroundMode: { keepRunningInTray: boolean; openAtLogin: boolean } | undefined;
  const host: Host = {
    showNotification: (notification, onClick) => {
      shown.push({ ...notification });
      clicks.push(onClick);
    },
    setBackgroundMode: (mode) => (backgroundMode = mode),
    userDataDir: options.userDataDir,
    sendEvent: (event, payload) => {
      // Print pages come and go beside the app's page; events go to the app's.
      void page
        .evaluate(
          ([name, body]) =>
            (globalThis as unknown as { __waypointEmit(e: string, p: unknown): void }).__waypointEmit(name, body),
          [event, payload] as const,
        )
        .catch(() => undefined);
      return !page.isClosed();
    },
    chooseSavePath: () => Promise.resolve(saveDialogAnswer),
    chooseOpenPath: (request) => {
      openDialogs.push(request);
      return Promise.resolve(openDialogAnswer);
    },
    // The same print engine as Electron's printToPDF: a second page off-screen, printed with page.pdf().
    printToPdf: async (request) => {
      const printPage = await context.newPage();
      const ready = async () => {
        const state = await printPage.waitForFunction(
          (attribute) => document.documentElement.getAttribute(attribute),
          printStateAttribute,
          { timeout: printTimeoutMs },
        );
        if ((await state.jsonValue()) !== 'ready') throw new Error('The print view could not draw the document.');
      };
      try {
        return await printInPasses(request, {
          open: async (route) => {
            await printPage.goto(`${chromiumHostOrigin}/index.html#/${route}`);
            await ready();
          },
          run: async (script) => {
            await printPage.evaluate(script);
            await ready();
          },
          print: async () =>
            new Uint8Array(
              await printPage.pdf({ format: request.paper === 'letter' ? 'Letter' : 'A4', ...pdfPrintOptions }),
            ),
        });
      } finally {
        await printPage.close();
      }
    },
  };
  const core: AppCore = createAppCore({
    host,
    isTrustedOrigin: (origin) => origin === chromiumHostOrigin,
    idleLockMsOverride: options.idleLockMs,
    // Real Argon2id at the weakest settings a file may hold, so each test fits its budget; the
    // default settings are the unit tests' and the bench's to prove.
    kdfParams: weakestAllowedKdfParams,
    clock,
    // The test moves main's clock and asks the scheduler to look; no timer runs on its own.
    reminderTicker: { every: () => () => undefined },
  });
  window.tenant = { core, foreignRequests };
  await page.goto(`${chromiumHostOrigin}/index.html`);

  return {
    host: 'chromium',
    page,
    foreignRequests,
    answerSaveDialog: (file) => {
      saveDialogAnswer = file;
      return Promise.resolve();
    },
    answerOpenDialog: (chosen) => {
      openDialogAnswer = chosen;
      return Promise.resolve();
    },
    openDialogs,
    reminders: {
      shown,
      click: (index) => clicks[index]!(),
      moveClock: async (to) => {
        mainNow = new Date(to);
        await core.checkReminders();
      },
      backgroundMode: () => backgroundMode,
    },
    system: {
      suspend: async () => {
        await core.lock('system-suspend');
      },
    },
    close: async () => {
      await core.lock('quit');
      await releaseWindow(options, window);
    },
  };
}
