import type { EventChannel } from '../../shared/ipc/channel-names';
import type { EventPayload } from '../../shared/ipc/contract';
import type { PrintRequest } from './printing';

/**
 * What the services need from the operating system, as one small port. The Electron entry
 * implements it with Electron's APIs; the Chromium test host implements it with Playwright.
 * Time comes through the `Clock` port (clock.ts), printing's shared steps are in printing.ts.
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
