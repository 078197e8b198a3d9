import type { EventChannel } from '../../shared/ipc/channel-names';
import type { EventPayload } from '../../shared/ipc/contract';
import type { PaperSize } from '../../shared/pdf-export/report-choices';

/**
 * What the services need from the operating system, as one small port. The Electron entry
 * implements it with Electron's APIs; the Chromium test host implements it with Playwright.
 */
export interface Host {
  /** Folder for the vault and its backups (Electron's userData). */
  readonly userDataDir: string;
  /** Sends an event to the app window, if there is one. */
  sendEvent<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  /** Asks where to save a file (the system's save dialog). Undefined when the person cancels. */
  chooseSavePath(request: { title: string; defaultName: string }): Promise<string | undefined>;
  /**
   * Asks for a folder (`folder`) or a Waypoint vault file (`vault`) with the system's open dialog.
   * Undefined when the person cancels.
   */
  chooseOpenPath(request: { title: string; kind: 'folder' | 'vault' }): Promise<string | undefined>;
  /**
   * Loads the app at `#/<route>` off-screen, waits for the print view to say it is ready, and
   * prints it with Chromium's PDF engine using `pdfPrintOptions`. Nothing is written to disk.
   */
  printToPdf(request: { route: string; paper: PaperSize }): Promise<Uint8Array>;
  /**
   * Shows an OS notification. `onClick` runs when the person clicks it, after the host has brought
   * the window forward (opening it again if it was closed to the tray).
   */
  showNotification(notification: { title: string; body: string }, onClick: () => void): void;
  /** Keep running in the tray / menu bar when the window is closed; start at login. */
  setBackgroundMode(mode: { keepRunningInTray: boolean; openAtLogin: boolean }): void;
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
