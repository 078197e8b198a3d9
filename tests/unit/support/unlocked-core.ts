import { afterEach } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import type { Host } from '../../../electron/ports/host';
import type { Clock } from '../../../electron/ports/clock';
import type { SaveFileSystem } from '../../../electron/vault/atomic-write';
import { contractClient, isAppOrigin } from '../../support/contract-client';
import { testKdfParams } from './fast-kdf';
import { useTempFolders } from './temp-folder';

export const testPassphrase = 'correct horse battery staple';

/** A host with no window: nothing to send events to, cancelled dialogs and no print engine. */
export function windowlessHost(userDataDir: string, overrides: Partial<Host> = {}): Host {
  return {
    userDataDir,
    sendEvent: () => false,
    chooseSavePath: () => Promise.resolve(undefined),
    chooseOpenPath: () => Promise.resolve(undefined),
    printToPdf: () => Promise.reject(new Error('There is no print engine in unit tests.')),
    showNotification: () => {},
    setBackgroundMode: () => {},
    ...overrides,
  };
}

/**
 * Real app cores over fresh vaults in temp folders, with a client typed by the contract. Every
 * core is locked again (as the app does on quit) after each test, before its folder goes.
 */
export function useAppCores() {
  const tempFolder = useTempFolders();
  const running: AppCore[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((core) => core.lock('quit')));
  });
  return async function appCore(
    options: {
      host?: Partial<Host>;
      idleLockMsOverride?: number;
      clock?: Clock;
      saveFileSystem?: SaveFileSystem;
      draftsWaitMs?: number;
    } = {},
  ) {
    const core = createAppCore({
      host: windowlessHost(await tempFolder(), options.host),
      isTrustedOrigin: isAppOrigin,
      kdfParams: testKdfParams,
      idleLockMsOverride: options.idleLockMsOverride,
      clock: options.clock,
      saveFileSystem: options.saveFileSystem,
      draftsWaitMs: options.draftsWaitMs,
      // Tests look for reminders themselves (core.checkReminders), never on a timer.
      reminderTicker: { every: () => () => undefined },
    });
    running.push(core);
    return { core, ...contractClient(core.router) };
  };
}

/** Like `useAppCores`, with the vault already created and unlocked. */
export function useUnlockedCores() {
  const appCore = useAppCores();
  return async function unlockedCore(hostOverrides: Partial<Host> = {}, clock?: Clock) {
    const made = await appCore({ host: hostOverrides, clock });
    await made.value('vault.create', { passphrase: testPassphrase });
    return made;
  };
}
