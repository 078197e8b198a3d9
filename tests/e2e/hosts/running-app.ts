import type { Page } from '@playwright/test';

export type HostName = 'chromium' | 'electron';

export interface HostLaunchOptions {
  userDataDir: string;
  /** Auto-lock after this many ms instead of the Settings value. */
  idleLockMs?: number;
  colorScheme?: 'light' | 'dark';
  /** The time zone the renderer's clock is in (an IANA name); the machine's by default. */
  timeZone?: string;
}

/** One running Waypoint, whichever host runs it. Specs only ever see this. */
export interface RunningApp {
  host: HostName;
  page: Page;
  /** Requests to anything but the app itself (the Chromium host records them; Electron's session cancels them). */
  foreignRequests: readonly string[];
  /** How the next save dialogs answer: save to `file`, or cancel (undefined, also the default). */
  answerSaveDialog(file: string | undefined): Promise<void>;
  /** Quits the way a person would (flushes and locks), leaving the user-data folder in place. */
  close(): Promise<void>;
}
