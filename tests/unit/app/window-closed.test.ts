import { describe, expect, it } from 'vitest';
import type { EventChannel } from '../../../shared/ipc/channel-names';
import { useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

describe('closing the window', () => {
  it.each([
    ['off', false],
    ['on', true],
  ])('locks the vault on every platform, with "keep running in the tray" %s', async (_name, keepRunningInTray) => {
    const backgroundModes: { keepRunningInTray: boolean }[] = [];
    const events: EventChannel[] = [];
    const { core, call, value } = await unlockedCore({
      setBackgroundMode: (mode) => backgroundModes.push(mode),
      sendEvent: (event) => {
        events.push(event);
        return false;
      },
    });
    await value('reminders.update', { keepRunningInTray });
    expect(backgroundModes.at(-1)).toMatchObject({ keepRunningInTray });

    expect(await core.windowClosed()).toBe(true);
    expect(await value('vault.status', {})).toMatchObject({ state: 'locked' });
    expect(events).toContain('vault.locked');
    // A window opened again (the Dock, the tray, a second start) finds it locked.
    expect(await call('plan.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
