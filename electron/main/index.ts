import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  session,
  Tray,
  type WebContents,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokeChannels, ipcChannelPrefix } from '../../shared/ipc/channel-names';
import { createAppCore } from '../app/app-core';
import { appHost, appOrigin, appScheme, readAppAsset } from '../app/app-assets';
import { printStateAttribute } from '../../shared/pdf-export/report-data';
import type { Host } from '../ports/host';
import { pdfPrintOptions, printInPasses, printTimeoutMs } from '../ports/printing';
import { trayIconDataUrl } from '../app/tray-icon';
import { developmentOverrides } from '../app/development-overrides';
import { applySpellcheckPolicy, spellcheckPolicyFor } from '../app/spellcheck-policy';
import { watchLinuxScreenLock, type LinuxScreenLockWatcher } from '../app/linux-screen-lock';

// The Electron shell: window, security, lifecycle and the Electron side of the Host port.
// Everything else lives in plain Node modules that tests run without Electron.

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// What the environment may change (a user-data folder, the idle time, the dev server): development only.
const overrides = developmentOverrides(process.env, app.isPackaged);
const devServerUrl = overrides.rendererUrl;
const trustedOrigins = new Set([appOrigin, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]);

if (overrides.userDataDir) app.setPath('userData', overrides.userDataDir);

// No dictionary is ever downloaded (spellcheck-policy.ts): each session gets the policy as it is made.
const spellcheck = spellcheckPolicyFor(process.platform);
app.on('session-created', (created) => applySpellcheckPolicy(created, spellcheck));

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another Waypoint is running: it is told (second-instance) and brings its window forward.
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  // Reminders need Waypoint running: with the tray on, closing the window locks and keeps it there.
  let tray: Tray | undefined;
  let keepRunningInTray = false;
  const startedAtLogin = process.argv.includes('--hidden');
  // Linux only: Electron reports the screen lock on macOS and Windows, the desktop tells D-Bus on Linux.
  let linuxScreenLock: LinuxScreenLockWatcher | undefined;
  // Off-screen windows printing a PDF: their IPC calls are trusted like the main window's.
  const printContents = new Set<WebContents>();
  const appUrl = devServerUrl ?? `${appOrigin}/index.html`;

  const waitForPrintView = async (contents: WebContents): Promise<void> => {
    const deadline = Date.now() + printTimeoutMs;
    while (Date.now() < deadline) {
      const state: unknown = await contents.executeJavaScript(
        `document.documentElement.getAttribute(${JSON.stringify(printStateAttribute)})`,
      );
      if (state === 'ready') return;
      if (state === 'failed') throw new Error('The print view could not draw the document.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The print view did not finish in time.');
  };

  const showMainWindow = (): void => {
    if (!mainWindow) return createWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const applyBackgroundMode = (mode: { keepRunningInTray: boolean; openAtLogin: boolean }): void => {
    keepRunningInTray = mode.keepRunningInTray;
    if (mode.keepRunningInTray && !tray) {
      tray = new Tray(nativeImage.createFromDataURL(trayIconDataUrl));
      tray.setToolTip('Waypoint');
      tray.on('click', showMainWindow);
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: 'Open Waypoint', click: showMainWindow },
          { label: 'Lock', click: () => void core.lock('user') },
          { type: 'separator' },
          { label: 'Quit Waypoint', click: () => app.quit() },
        ]),
      );
    } else if (!mode.keepRunningInTray && tray) {
      tray.destroy();
      tray = undefined;
    }
    if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: mode.openAtLogin, args: ['--hidden'] });
  };

  const host: Host = {
    userDataDir: app.getPath('userData'),
    showNotification: ({ title, body }, onClick) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        showMainWindow();
        onClick();
      });
      notification.show();
    },
    setBackgroundMode: (mode) => void app.whenReady().then(() => applyBackgroundMode(mode)),
    sendEvent: (event, payload) => {
      mainWindow?.webContents.send(ipcChannelPrefix + event, payload);
      return mainWindow !== undefined;
    },
    chooseSavePath: async ({ title, defaultName }) => {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    chooseOpenPath: async ({ title, kind }) => {
      const filters = {
        vault: [{ name: 'Waypoint vault', extensions: ['vault'] }],
        csv: [{ name: 'Mood diary export (CSV)', extensions: ['csv', 'CSV'] }],
      };
      const options: Electron.OpenDialogOptions =
        kind === 'folder'
          ? { title, properties: ['openDirectory', 'createDirectory'] }
          : { title, filters: filters[kind], properties: ['openFile'] };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    printToPdf: async (request) => {
      const printWindow = new BrowserWindow({
        show: false,
        width: 900,
        height: 1200,
        backgroundColor: '#ffffff',
        // Written out here, not shared, so an auditor (and electronegativity) reads them where they apply.
        webPreferences: {
          preload: preloadPath,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          disableBlinkFeatures: 'Auxclick',
          devTools: !app.isPackaged,
          spellcheck: false,
          backgroundThrottling: false,
        },
      });
      printContents.add(printWindow.webContents);
      const contents = printWindow.webContents;
      try {
        return await printInPasses(request, {
          open: async (route) => {
            await printWindow.loadURL(`${appUrl}#/${route}`);
            await waitForPrintView(contents);
          },
          run: async (script) => {
            await contents.executeJavaScript(script);
            await waitForPrintView(contents);
          },
          print: async () =>
            new Uint8Array(
              await contents.printToPDF({
                pageSize: request.paper === 'letter' ? 'Letter' : 'A4',
                preferCSSPageSize: pdfPrintOptions.preferCSSPageSize,
                printBackground: pdfPrintOptions.printBackground,
                displayHeaderFooter: pdfPrintOptions.displayHeaderFooter,
                generateTaggedPDF: pdfPrintOptions.tagged,
                generateDocumentOutline: pdfPrintOptions.outline,
              }),
            ),
        });
      } finally {
        printContents.delete(printWindow.webContents);
        printWindow.destroy();
      }
    },
  };

  const core = createAppCore({
    host,
    isTrustedOrigin: (origin) => trustedOrigins.has(origin),
    idleLockMsOverride: overrides.idleLockMs,
    log: (message, error) => console.error(`[waypoint] ${message}`, error),
  });

  const hardenContents = (contents: WebContents): void => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  };
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  const createWindow = (): void => {
    mainWindow = new BrowserWindow({
      width: 1100,
      height: 760,
      minWidth: 720,
      minHeight: 520,
      show: false,
      title: 'Waypoint',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f6f2',
      webPreferences: {
        preload: preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        // Middle-click cannot open anything (new windows are refused as well).
        disableBlinkFeatures: 'Auxclick',
        devTools: !app.isPackaged,
        spellcheck: spellcheck.enabled,
      },
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    // Closing the window always locks, tray or not: the Dock, the tray or a second start open it locked.
    mainWindow.on('closed', () => {
      mainWindow = undefined;
      void core.windowClosed();
    });
    void mainWindow.loadURL(appUrl);
  };

  // A second start brings the window forward, or opens it again (locked) if it was closed.
  app.on('second-instance', showMainWindow);

  void app.whenReady().then(() => {
    const appSession = session.defaultSession;
    applySpellcheckPolicy(appSession, spellcheck); // again, in case it was made before the listener above
    // Nothing leaves the machine: every web request is cancelled, except the dev server in development.
    appSession.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (details, callback) => {
        const allowed = devServerUrl !== undefined && trustedOrigins.has(new URL(details.url).origin);
        callback({ cancel: !allowed });
      },
    );
    // Every permission is refused but one: writing to the clipboard, for the Copy buttons beside phone numbers.
    appSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(permission === 'clipboard-sanitized-write'),
    );
    appSession.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');

    protocol.handle(appScheme, async (request) => {
      const url = new URL(request.url);
      if (url.host !== appHost) return new Response('Not found', { status: 404 });
      const asset = await readAppAsset(rendererRoot, url.pathname);
      return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
    });

    for (const channel of invokeChannels) {
      ipcMain.handle(ipcChannelPrefix + channel, (event, input: unknown) => {
        const frame = event.senderFrame;
        const fromAppWindow =
          (mainWindow !== undefined && event.sender === mainWindow.webContents) || printContents.has(event.sender);
        return core.router.dispatch(channel, input, {
          url: frame?.url ?? '',
          isTopFrame: fromAppWindow && frame !== null && frame.parent === null,
        });
      });
    }

    powerMonitor.on('suspend', () => void core.lock('system-suspend'));
    powerMonitor.on('lock-screen', () => void core.lock('screen-locked')); // macOS and Windows
    if (process.platform === 'linux') {
      linuxScreenLock = watchLinuxScreenLock({
        onScreenLocked: () => void core.lock('screen-locked'),
        log: (message) => console.error(`[waypoint] ${message}`),
      });
    }
    powerMonitor.on('resume', () => void core.checkReminders());

    if (!startedAtLogin) createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    void core.lock('quit').then(async (saved) => {
      if (!saved) {
        const { response } = await dialog.showMessageBox({
          type: 'warning',
          buttons: ['Stay open', 'Quit without saving'],
          defaultId: 0,
          cancelId: 0,
          message: 'Your latest changes could not be saved.',
          detail:
            'If you quit now, the changes since the last save are lost. Stay open to free disk space and try again.',
        });
        if (response === 0) return;
      }
      quitting = true;
      app.quit();
    });
  });

  app.on('will-quit', () => void linuxScreenLock?.stop());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !keepRunningInTray) app.quit();
  });
}
