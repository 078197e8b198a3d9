import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  logindSessionPath,
  ScreenLockSignalReader,
  screenSaverInterfaces,
  watchLinuxScreenLock,
  type LinuxScreenLockOptions,
  type LinuxScreenLockWatcher,
  type ScreenLockSignal,
} from '../../../electron/app/linux-screen-lock';
import { useTempFolders } from '../support/temp-folder';

// Real buses: a private dbus-daemon per bus, in a temp folder, with the policy of a session bus
// (anything goes for its user) or of a system bus (BecomeMonitor refused, as dbus-monitor meets
// it on a real one). Signals are sent with dbus-send, as a screen saver or logind sends them.

const run = promisify(execFile);
const tempFolder = useTempFolders();
const daemons: ChildProcess[] = [];
const watchers: LinuxScreenLockWatcher[] = [];

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.stop()));
  await Promise.all(
    daemons.splice(0).map(async (daemon) => {
      if (daemon.exitCode !== null || daemon.signalCode !== null) return;
      const exited = once(daemon, 'exit');
      daemon.kill();
      await exited;
    }),
  );
});

const policies = {
  session: `<allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>`,
  // The default policy of Debian's system.conf: method calls only to the bus's own interface.
  system: `<allow user="*"/><deny own="*"/><deny send_type="method_call"/><allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/><allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/><allow receive_type="method_return"/><allow receive_type="error"/>
    <allow receive_type="signal"/><allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>`,
};

/** Starts a private bus like the session's or the system's; resolves with its address once it accepts connections. */
async function startBus(folder: string, kind: 'session' | 'system', socketName = `${kind}-bus`): Promise<string> {
  const config = path.join(folder, `${kind}.conf`);
  await writeFile(
    config,
    `<busconfig><type>${kind}</type><listen>unix:path=${path.join(folder, socketName)}</listen>` +
      `<auth>EXTERNAL</auth><policy context="default">${policies[kind]}</policy></busconfig>`,
  );
  const daemon = spawn('dbus-daemon', ['--config-file', config, '--nofork', '--print-address'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  daemons.push(daemon);
  const failed = once(daemon, 'error').then(([error]) => Promise.reject(error as Error));
  const [address] = (await Promise.race([once(createInterface({ input: daemon.stdout }), 'line'), failed])) as [string];
  return address.trim();
}

const emit = (address: string, objectPath: string, signal: string, ...args: string[]) =>
  run('dbus-send', [`--bus=${address}`, '--type=signal', objectPath, signal, ...args]);

/** A watcher on the given buses whose locks and log lines are recorded, with a way to wait for the next lock. */
function watch(options: Partial<LinuxScreenLockOptions>) {
  const locks: ScreenLockSignal[] = [];
  const logged: string[] = [];
  const waiting: ((signal: ScreenLockSignal) => void)[] = [];
  const watcher = watchLinuxScreenLock({
    env: {},
    onScreenLocked: (signal) => {
      locks.push(signal);
      waiting.shift()?.(signal);
    },
    log: (message) => logged.push(message),
    ...options,
  });
  watchers.push(watcher);
  const nextLock = () => new Promise<ScreenLockSignal>((resolve) => waiting.push(resolve));
  return { watcher, locks, logged, nextLock };
}

/** Process ids of the dbus-monitor processes connected to a bus in `folder` (read from /proc). */
function monitorsIn(folder: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return commandLine.startsWith('dbus-monitor\0') && commandLine.includes(folder);
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}

describe('logind session paths', () => {
  it('escape a session id as systemd does: a leading digit and anything not a letter or digit as _xx', () => {
    expect(logindSessionPath('2')).toBe('/org/freedesktop/login1/session/_32');
    expect(logindSessionPath('12')).toBe('/org/freedesktop/login1/session/_312');
    expect(logindSessionPath('c1')).toBe('/org/freedesktop/login1/session/c1');
    expect(logindSessionPath('a-b.c')).toBe('/org/freedesktop/login1/session/a_2db_2ec');
    expect(logindSessionPath('')).toBe('/org/freedesktop/login1/session/_');
  });
});

describe("reading dbus-monitor's output", () => {
  const header = (time: number, objectPath: string, signalInterface: string, member: string) =>
    `signal time=${time} sender=:1.7 -> destination=(null destination) serial=2 path=${objectPath}; interface=${signalInterface}; member=${member}`;

  it('counts ActiveChanged(true) once, ActiveChanged(false) never, and only the first argument of a signal', () => {
    const reader = new ScreenLockSignalReader();
    const read = (lines: string[]) => lines.map((line) => reader.read('session', line)).filter(Boolean);
    expect(
      read([header(10, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged'), '   boolean false']),
    ).toEqual([]);
    expect(read([header(20, '/a', 'org.example.Other', 'ActiveChanged'), '   boolean true'])).toEqual([]);
    expect(
      read([header(30, '/a', 'org.gnome.ScreenSaver', 'ActiveChanged'), '   string "x"', '   boolean true']),
    ).toEqual([]);
    expect(
      read([header(40, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged'), '   boolean true']),
    ).toEqual([
      { bus: 'session', interface: 'org.gnome.ScreenSaver', member: 'ActiveChanged', path: '/org/gnome/ScreenSaver' },
    ]);
  });

  it("takes logind's Lock for this login session only, and one lock's several signals as one", () => {
    const reader = new ScreenLockSignalReader(logindSessionPath('2'));
    expect(
      reader.read('system', header(10, logindSessionPath('3'), 'org.freedesktop.login1.Session', 'Lock')),
    ).toBeUndefined();
    expect(
      reader.read('system', header(11, logindSessionPath('2'), 'org.freedesktop.login1.Session', 'Unlock')),
    ).toBeUndefined();
    expect(
      reader.read('system', header(12, logindSessionPath('2'), 'org.freedesktop.login1.Session', 'Lock')),
    ).toMatchObject({
      bus: 'system',
      member: 'Lock',
    });
    // KDE sends ActiveChanged on two object paths, and a screen saver follows logind's Lock: the same lock.
    reader.read('session', header(12.2, '/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged'));
    expect(reader.read('session', '   boolean true')).toBeUndefined();
    reader.read(
      'session',
      header(12.3, '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged'),
    );
    expect(reader.read('session', '   boolean true')).toBeUndefined();
    // Later, another lock.
    reader.read('session', header(95, '/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged'));
    expect(reader.read('session', '   boolean true')).toMatchObject({ path: '/ScreenSaver' });
  });

  it('reads the headers of a dbus-monitor older than D-Bus 1.8 (no time=), counting each lock signal', () => {
    const reader = new ScreenLockSignalReader();
    const old =
      'signal sender=:1.7 -> dest=(null destination) serial=2 path=/a; interface=org.mate.ScreenSaver; member=ActiveChanged';
    const locks = [old, '   boolean true', old, '   boolean true'].map((line) => reader.read('session', line));
    expect(locks.filter(Boolean)).toHaveLength(2);
  });
});

describe('watching the screen lock on Linux through D-Bus', () => {
  it.each(screenSaverInterfaces)(
    '%s ActiveChanged(true) on the session bus locks once; ActiveChanged(false) does not',
    async (screenSaver) => {
      const folder = await tempFolder();
      const session = await startBus(folder, 'session');
      const { watcher, locks, logged, nextLock } = watch({
        sessionBusAddress: session,
        systemBusAddress: `unix:path=${path.join(folder, 'no-system-bus')}`, // no bus there
      });
      expect((await watcher.ready).session).toBe(true);

      const locked = nextLock();
      // Sent in this order on one connection, they arrive in this order: once the second has
      // locked, the first has been read and did not.
      await emit(session, '/unlocked', `${screenSaver}.ActiveChanged`, 'boolean:false');
      await emit(session, '/locked', `${screenSaver}.ActiveChanged`, 'boolean:true');
      expect(await locked).toEqual({
        bus: 'session',
        interface: screenSaver,
        member: 'ActiveChanged',
        path: '/locked',
      });
      expect(locks).toHaveLength(1);
      expect(logged).toHaveLength(1); // the missing system bus, said once
    },
  );

  it("logind's Lock for this session (XDG_SESSION_ID) locks, through a system bus that refuses BecomeMonitor; another session's does not", async () => {
    const folder = await tempFolder();
    const [session, system] = await Promise.all([startBus(folder, 'session'), startBus(folder, 'system')]);
    const { watcher, locks, logged, nextLock } = watch({
      env: { XDG_SESSION_ID: '2' },
      sessionBusAddress: session,
      systemBusAddress: system,
    });
    expect(await watcher.ready).toEqual({ session: true, system: true });

    const locked = nextLock();
    await emit(system, logindSessionPath('3'), 'org.freedesktop.login1.Session.Lock');
    await emit(system, '/org/freedesktop/login1/session/_32', 'org.freedesktop.login1.Session.Lock');
    expect(await locked).toEqual({
      bus: 'system',
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      path: '/org/freedesktop/login1/session/_32',
    });
    expect(locks).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('without XDG_SESSION_ID it asks logind which session this is, and when logind cannot say, says so once and still watches the screen saver', async () => {
    const folder = await tempFolder();
    const [session, system] = await Promise.all([startBus(folder, 'session'), startBus(folder, 'system')]);
    const { watcher, logged, nextLock } = watch({ sessionBusAddress: session, systemBusAddress: system });
    expect(await watcher.ready).toEqual({ session: true, system: false });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/not watched through logind: it did not say which session this is \(.*login1/);

    const locked = nextLock();
    await emit(session, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:true');
    expect(await locked).toMatchObject({ interface: 'org.gnome.ScreenSaver' });
  });

  it('finds the session bus as libdbus does (DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus), and says so once when there is neither', async () => {
    const folder = await tempFolder();
    const [session, system] = await Promise.all([startBus(folder, 'session', 'bus'), startBus(folder, 'system')]);
    const fromRuntimeFolder = watch({
      env: { XDG_RUNTIME_DIR: folder, XDG_SESSION_ID: '2', DBUS_SYSTEM_BUS_ADDRESS: system },
    });
    const fromAddress = watch({
      env: { DBUS_SESSION_BUS_ADDRESS: session, XDG_SESSION_ID: '2', DBUS_SYSTEM_BUS_ADDRESS: system },
    });
    const withNeither = watch({
      env: { XDG_RUNTIME_DIR: path.join(folder, 'empty'), XDG_SESSION_ID: '2', DBUS_SYSTEM_BUS_ADDRESS: system },
    });
    expect(await fromRuntimeFolder.watcher.ready).toEqual({ session: true, system: true });
    expect(await fromAddress.watcher.ready).toEqual({ session: true, system: true });
    expect(await withNeither.watcher.ready).toEqual({ session: false, system: true });
    expect(withNeither.logged).toEqual([
      expect.stringMatching(/^Screen lock is not watched on the session bus: there is none/),
    ]);

    const locked = [fromRuntimeFolder.nextLock(), fromAddress.nextLock()];
    await emit(session, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:true');
    expect(await Promise.all(locked)).toMatchObject([{ bus: 'session' }, { bus: 'session' }]);
    expect([...fromRuntimeFolder.logged, ...fromAddress.logged]).toEqual([]);
  });

  it('without dbus-monitor it says so once and watches nothing', async () => {
    const folder = await tempFolder();
    const session = await startBus(folder, 'session');
    const { watcher, logged } = watch({
      env: { XDG_SESSION_ID: '2' },
      sessionBusAddress: session,
      systemBusAddress: session,
      dbusMonitor: path.join(folder, 'dbus-monitor'),
    });
    expect(await watcher.ready).toEqual({ session: false, system: false });
    expect(logged).toEqual([expect.stringMatching(/^Screen lock is not watched: dbus-monitor was not found/)]);
    expect(monitorsIn(folder)).toEqual([]);
  });

  it('without a session bus it says so once and still watches logind', async () => {
    const folder = await tempFolder();
    const system = await startBus(folder, 'system');
    const { watcher, logged, nextLock } = watch({
      env: { XDG_SESSION_ID: 'c7' },
      sessionBusAddress: `unix:path=${path.join(folder, 'no-session-bus')}`,
      systemBusAddress: system,
    });
    expect(await watcher.ready).toEqual({ session: false, system: true });
    expect(logged).toEqual([expect.stringMatching(/^Screen lock is not watched on the session bus: .*no-session-bus/)]);

    const locked = nextLock();
    await emit(system, '/org/freedesktop/login1/session/c7', 'org.freedesktop.login1.Session.Lock');
    expect(await locked).toMatchObject({ bus: 'system', path: '/org/freedesktop/login1/session/c7' });
  });

  it('stop ends its dbus-monitor processes, and nothing is reported after', async () => {
    const folder = await tempFolder();
    const [session, system] = await Promise.all([startBus(folder, 'session'), startBus(folder, 'system')]);
    const { watcher, locks, logged } = watch({
      env: { XDG_SESSION_ID: '2' },
      sessionBusAddress: session,
      systemBusAddress: system,
    });
    await watcher.ready;
    expect(monitorsIn(folder)).toHaveLength(2);
    await watcher.stop();
    expect(monitorsIn(folder)).toEqual([]);
    await emit(session, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:true');
    expect(locks).toEqual([]);
    expect(logged).toEqual([]);
  });
});
