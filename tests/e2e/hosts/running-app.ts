import type { Page } from '@playwright/test';

export type HostName = 'chromium' | 'electron';

export interface HostLaunchOptions {
  userDataDir: string;
  /** Auto-lock after this many ms instead of the Settings value. */
  idleLockMs?: number;
  colorScheme?: 'light' | 'dark';
  /** The time zone the renderer's clock is in (an IANA name); the machine's by default. */
  timeZone?: string;
  /**
   * The renderer's clock stands still at this moment (ISO) from before the page loads; the test may
   * move it later with `page.clock.setFixedTime`. Without it the renderer has the real clock, and
   * the test must not install a fake one on the page.
   */
  rendererClock?: string;
  /**
   * Main's clock stands at this moment (ISO) until `reminders.moveClock` moves it (Chromium host
   * only: an Electron process keeps the real clock).
   */
  mainClock?: string;
}

/** An OS notification the app showed, as the host recorded it. */
export interface ShownNotification {
  title: string;
  body: string;
}

/** One running Waypoint, whichever host runs it. Specs only ever see this. */
export interface RunningApp {
  host: HostName;
  page: Page;
  /** Requests to anything but the app itself (the Chromium host records them; Electron's session cancels them). */
  foreignRequests: readonly string[];
  /** How the next save dialogs answer: save to `file`, or cancel (undefined, also the default). */
  answerSaveDialog(file: string | undefined): Promise<void>;
  /** How the next open dialogs (a folder, a vault file) answer: `chosen`, or cancel (undefined, the default). */
  answerOpenDialog(chosen: string | undefined): Promise<void>;
  /** The open dialogs the app asked for (Chromium host only: Electron's dialog is answered, not recorded). */
  openDialogs?: readonly { title: string; kind: 'folder' | 'vault' | 'csv' }[];
  /**
   * What the host was asked about reminders: the notifications shown, a click on one, moving
   * main's clock (the scheduler then looks, as after a tick or a wake), the background mode.
   * Undefined in the Electron host, whose clock and notification centre a test cannot reach.
   */
  reminders?: {
    shown: readonly ShownNotification[];
    click(index: number): void;
    moveClock(to: string): Promise<void>;
    backgroundMode(): { keepRunningInTray: boolean; openAtLogin: boolean } | undefined;
  };
  /**
   * What the operating system tells main (Chromium host only): the computer going to sleep, which
   * locks. Resolves when the lock is done.
   */
  system?: { suspend(): Promise<void> };
  /** Quits the way a person would (flushes and locks), leaving the user-data folder in place. */
  close(): Promise<void>;
}
