import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
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

/** The page's origin in the Chromium host. Requests to it are answered from out/renderer; nothing else is. */
export const chromiumHostOrigin = 'http://waypoint.localhost';
export const rendererRoot = path.resolve(import.meta.dirname, '../../../out/renderer');

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
  sharedBrowser ??= chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return sharedBrowser;
}

/**
 * Main's code (the real IPC router over a real vault in a temp folder) runs in this test process;
 * the built renderer runs in Debian's Chromium.
 */
export async function launchChromiumHost(options: HostLaunchOptions): Promise<RunningApp> {
  const context: BrowserContext = await (
    await browser()
  ).newContext({
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timeZone,
    viewport: { width: 1100, height: 760 },
  });
  // No request leaves the page: the app's own files are served from disk and everything else is
  // refused and recorded, so a test can assert the app never tried.
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== chromiumHostOrigin) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const asset = await readAppAsset(rendererRoot, url.pathname);
    return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
  });
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
      // The app's window is the context's first page; print pages come and go after it.
      const window = context.pages()[0];
      void window
        ?.evaluate(
          ([name, body]) =>
            (globalThis as unknown as { __waypointEmit(e: string, p: unknown): void }).__waypointEmit(name, body),
          [event, payload] as const,
        )
        .catch(() => undefined);
      return window !== undefined;
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
  // Every page of the context (the app and its print pages) gets the bridge, as Electron's preload does.
  await context.exposeBinding('__waypointInvoke', (source, channel: unknown, input: unknown) =>
    core.router.dispatch(channel, input, {
      url: source.frame.url(),
      isTopFrame: source.frame === source.page.mainFrame(),
    }),
  );
  await context.addInitScript({ content: bridgeInstaller });
  const page: Page = await context.newPage();
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
      await context.close();
    },
  };
}
