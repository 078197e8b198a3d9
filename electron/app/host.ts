import type { EventChannel } from '../../shared/ipc/channel-names';
import type { EventPayload } from '../../shared/ipc/contract';

/**
 * What the services need from the operating system, as one small port. The Electron entry
 * implements it with Electron's APIs; the Chromium test host implements it with Playwright.
 */
export interface Host {
  /** Folder for the vault and its backups (Electron's userData). */
  readonly userDataDir: string;
  /** Sends an event to the app window, if there is one. */
  sendEvent<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
}

/** Who sent an IPC call, as the router needs to judge it. */
export interface IpcSender {
  /** URL of the frame that sent the call. */
  url: string;
  /** True only for the window's own top frame (never an iframe). */
  isTopFrame: boolean;
}
