import type { EventChannel } from '../../shared/ipc/channel-names';
import type { EventPayload } from '../../shared/ipc/contract';
import type { PaperSize } from '../../shared/pdf-export/report-choices';
import { printStateAttribute } from '../../shared/pdf-export/report-data';

/**
 * What the services need from the operating system, as one small port. The Electron entry
 * implements it with Electron's APIs; the Chromium test host implements it with Playwright.
 */
export interface Host {
  /** Folder for the vault and its backups (Electron's userData). */
  readonly userDataDir: string;
  /** Sends an event to the app window, if there is one. Returns whether there was a window to send it to. */
  sendEvent<E extends EventChannel>(event: E, payload: EventPayload<E>): boolean;
  /** Asks where to save a file (the system's save dialog). Undefined when the person cancels. */
  chooseSavePath(request: { title: string; defaultName: string }): Promise<string | undefined>;
  /**
   * Asks for a folder (`folder`), a Waypoint vault file (`vault`) or another app's export (`csv`)
   * with the system's open dialog. Undefined when the person cancels.
   */
  chooseOpenPath(request: { title: string; kind: 'folder' | 'vault' | 'csv' }): Promise<string | undefined>;
  /**
   * Loads the app at `#/<route>` off-screen, waits for the print view to say it is ready, and
   * prints it with Chromium's PDF engine using `pdfPrintOptions`. While `nextRoute` names another
   * route for what was printed, the same page moves there and prints again (`printInPasses`);
   * the last print is returned. Nothing is written to disk.
   */
  printToPdf(request: PrintRequest): Promise<Uint8Array>;
  /**
   * Shows an OS notification. `onClick` runs when the person clicks it, after the host has brought
   * the window forward (opening it again if it was closed to the tray).
   */
  showNotification(notification: { title: string; body: string }, onClick: () => void): void;
  /** Keep running in the tray / menu bar when the window is closed; start at login. */
  setBackgroundMode(mode: { keepRunningInTray: boolean; openAtLogin: boolean }): void;
}

export interface PrintRequest {
  route: string;
  paper: PaperSize;
  /** Given a print, the route to print next in the same page, or undefined when it is done. */
  nextRoute?: (pdf: Uint8Array) => Promise<string | undefined>;
}

/** How a host drives its off-screen print page; `printInPasses` does the rest the same for both. */
export interface PrintPage {
  /** Loads the app at `#/<route>` and waits for the print view to be ready. */
  open(route: string): Promise<void>;
  /** Runs `script` in the loaded page (`moveToScript`) and waits for the print view to be ready again. */
  run(script: string): Promise<void>;
  print(): Promise<Uint8Array>;
}

/**
 * What moves a loaded print view to another job without loading the app again: it forgets it was
 * ready (so a host never reads the last job's "ready") and changes the route.
 */
export const moveToScript = (route: string) =>
  `document.documentElement.removeAttribute(${JSON.stringify(printStateAttribute)}); window.location.hash = ${JSON.stringify(`#/${route}`)};`;

/**
 * Prints `request.route`, then each route `nextRoute` names for the print before, in the same page:
 * a second pass costs a re-render, not a new window and a new start of the app.
 */
export async function printInPasses(request: PrintRequest, page: PrintPage): Promise<Uint8Array> {
  await page.open(request.route);
  let pdf = await page.print();
  for (let next = await request.nextRoute?.(pdf); next !== undefined; next = await request.nextRoute?.(pdf)) {
    await page.run(moveToScript(next));
    pdf = await page.print();
  }
  return pdf;
}

/**
 * The one set of print options both hosts pass to Chromium's engine. Page size, margins, page
 * numbers and the footer come from the print view's own `@page` rules, so they are the same
 * whichever host prints.
 */
export const pdfPrintOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
} as const;

/** How long a host waits for the print view before giving up. */
export const printTimeoutMs = 30_000;

/** Who sent an IPC call, as the router needs to judge it. */
export interface IpcSender {
  /** URL of the frame that sent the call. */
  url: string;
  /** True only for the window's own top frame (never an iframe). */
  isTopFrame: boolean;
}
