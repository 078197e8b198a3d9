import { afterEach } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import type { Host } from '../../../electron/app/host';
import { testKdfParams } from './fast-kdf';
import { useTempFolders } from './temp-folder';

const sender = { url: 'app://waypoint/index.html', isTopFrame: true };
export const testPassphrase = 'correct horse battery staple';

/** A host with no window: nothing to send events to, a cancelled save dialog and no print engine. */
export function windowlessHost(userDataDir: string, overrides: Partial<Host> = {}): Host {
  return {
    userDataDir,
    sendEvent: () => {},
    chooseSavePath: () => Promise.resolve(undefined),
    printToPdf: () => Promise.reject(new Error('There is no print engine in unit tests.')),
    ...overrides,
  };
}

/**
 * A real app core over a fresh vault in a temp folder, created and unlocked, with helpers to call
 * channels the way the renderer does. Every core is locked again after each test.
 */
export function useUnlockedCores() {
  const tempFolder = useTempFolders();
  const running: AppCore[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((core) => core.lock('quit')));
  });
  return async function unlockedCore(hostOverrides: Partial<Host> = {}) {
    const core = createAppCore({
      host: windowlessHost(await tempFolder(), hostOverrides),
      isTrustedOrigin: (origin) => origin === 'app://waypoint',
      kdfParams: testKdfParams,
    });
    running.push(core);
    const call = (channel: string, input: unknown = {}) => core.router.dispatch(channel, input, sender);
    const value = async <T>(channel: string, input: unknown = {}): Promise<T> => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    await value('vault.create', { passphrase: testPassphrase });
    return { core, call, value };
  };
}
