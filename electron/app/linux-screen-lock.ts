import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

// Electron reports the screen lock ('lock-screen') on macOS and Windows only. On Linux the desktop
// says it on D-Bus: its screen saver sends ActiveChanged(true) on the session bus, and logind sends
// Lock on the system bus when the session is asked to lock (`loginctl lock-session`, which
// swayidle, xss-lock and the like turn into a lock). `dbus-monitor` listens for both with plain
// match rules: broadcast signals reach any connection that asks for them, so it needs no
// privilege (where the bus refuses it BecomeMonitor, as a system bus does, it says so on stderr
// and falls back to match rules by itself).

export type ScreenLockBus = 'session' | 'system';

/** A D-Bus signal that said the screen locked. */
export interface ScreenLockSignal {
  bus: ScreenLockBus;
  interface: string;
  member: string;
  path: string;
}

/** Screen savers whose ActiveChanged(true) on the session bus means the screen locked (or blanked). */
export const screenSaverInterfaces: readonly string[] = [
  'org.freedesktop.ScreenSaver', // KDE Plasma and other desktops following the freedesktop name
  'org.gnome.ScreenSaver',
  'org.mate.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.xfce.ScreenSaver',
];

const logindSessionInterface = 'org.freedesktop.login1.Session';

/** Signals this close together (by the bus's clock) are one lock: KDE sends two, logind and a screen saver one each. */
const sameLockWithinSeconds = 1;

/** logind's object path for a session id: systemd escapes each byte that is not a letter (or a digit after the first) as `_xx`. */
export function logindSessionPath(sessionId: string): string {
  const bytes = [...Buffer.from(sessionId, 'utf8')];
  const label = bytes
    .map((byte, index) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z]/.test(char) || (index > 0 && /[0-9]/.test(char))
        ? char
        : `_${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  return `/org/freedesktop/login1/session/${label || '_'}`;
}

/**
 * Reads `dbus-monitor`'s output, a line at a time per bus: a header line per message, then one
 * indented line per argument. Says which lines complete a screen-lock signal, once per lock.
 */
export class ScreenLockSignalReader {
  private readonly awaitingArgument = new Map<ScreenLockBus, { signal: ScreenLockSignal; time: number }>();
  private lastLockAt: number | undefined;

  /** `sessionPath`: logind's object path for this login session, whose Lock counts (no other's). */
  constructor(public sessionPath?: string) {}

  read(bus: ScreenLockBus, line: string): ScreenLockSignal | undefined {
    if (/^\s/.test(line)) {
      const awaiting = this.awaitingArgument.get(bus);
      this.awaitingArgument.delete(bus); // only the first argument says anything
      return awaiting && /^\s+boolean true\s*$/.test(line) ? this.once(awaiting.signal, awaiting.time) : undefined;
    }
    this.awaitingArgument.delete(bus);
    // `time=` (when dbus-monitor read it) since D-Bus 1.8; without it no two signals count as one lock.
    const header = /^signal (?:time=(\S+) )?.*?\bpath=([^;\s]*); interface=([^;\s]*); member=(\S+)$/.exec(line);
    if (!header) return undefined;
    const [, time = 'NaN', objectPath = '', signalInterface = '', member = ''] = header;
    const signal = { bus, interface: signalInterface, member, path: objectPath };
    if (bus === 'session' && member === 'ActiveChanged' && screenSaverInterfaces.includes(signalInterface)) {
      this.awaitingArgument.set(bus, { signal, time: Number(time) });
    } else if (bus === 'system' && signalInterface === logindSessionInterface && member === 'Lock') {
      if (this.sessionPath !== undefined && objectPath === this.sessionPath) return this.once(signal, Number(time));
    }
    return undefined;
  }

  private once(signal: ScreenLockSignal, time: number): ScreenLockSignal | undefined {
    if (this.lastLockAt !== undefined && Math.abs(time - this.lastLockAt) < sameLockWithinSeconds) return undefined;
    this.lastLockAt = time;
    return signal;
  }
}

export interface LinuxScreenLockOptions {
  onScreenLocked(signal: ScreenLockSignal): void;
  /** A line for each thing that keeps the screen lock from being watched, each said once. */
  log(message: string): void;
  /** XDG_SESSION_ID and where the buses are; the process's environment unless a test gives its own. */
  env?: NodeJS.ProcessEnv;
  /** Bus addresses, for tests with buses of their own; from `env` as libdbus finds them otherwise. */
  sessionBusAddress?: string;
  systemBusAddress?: string;
  /** The D-Bus tools (Debian's dbus-bin); found on PATH unless a test names others. */
  dbusMonitor?: string;
  dbusSend?: string;
}

export interface LinuxScreenLockWatcher {
  /** Resolves once each bus is watched (its match rules in place: true) or given up on (false). */
  readonly ready: Promise<Record<ScreenLockBus, boolean>>;
  /** Ends the watcher's processes; resolves when they have exited. Nothing is reported after. */
  stop(): Promise<void>;
}

/** Like libdbus: the session bus from DBUS_SESSION_BUS_ADDRESS or `$XDG_RUNTIME_DIR/bus` (never one started for us). */
function busAddressesFrom(env: NodeJS.ProcessEnv): Record<ScreenLockBus, string | undefined> {
  const runtimeBus = env['XDG_RUNTIME_DIR'] ? path.join(env['XDG_RUNTIME_DIR'], 'bus') : undefined;
  return {
    session:
      env['DBUS_SESSION_BUS_ADDRESS'] ||
      (runtimeBus && existsSync(runtimeBus) ? `unix:path=${escapeAddressValue(runtimeBus)}` : undefined),
    system: env['DBUS_SYSTEM_BUS_ADDRESS'] || 'unix:path=/var/run/dbus/system_bus_socket',
  };
}

/** D-Bus address values escape every byte outside [-0-9A-Za-z_/.\*] as %xx. */
function escapeAddressValue(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[-0-9A-Za-z_/.\\*]/.test(char) ? char : `%${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
}

const lastLine = (text: string) => text.trim().split('\n').pop()?.trim() ?? '';

/**
 * Watches the screen lock on Linux through `dbus-monitor`, one per bus, and calls `onScreenLocked`
 * once per lock. Where `dbus-monitor` or a bus is missing it logs that once and does nothing else.
 */
export function watchLinuxScreenLock(options: LinuxScreenLockOptions): LinuxScreenLockWatcher {
  const env = options.env ?? process.env;
  const fromEnv = busAddressesFrom(env);
  const addresses = {
    session: options.sessionBusAddress ?? fromEnv.session,
    system: options.systemBusAddress ?? fromEnv.system,
  };
  const dbusMonitor = options.dbusMonitor ?? 'dbus-monitor';
  const dbusSend = options.dbusSend ?? 'dbus-send';
  const reader = new ScreenLockSignalReader();
  const running = new Map<ChildProcess, Promise<void>>();
  let stopping = false;
  let toolMissing = false;
  const said = new Set<string>();
  const say = (message: string) => {
    if (stopping || toolMissing || said.has(message)) return;
    said.add(message);
    options.log(message);
  };

  /** Starts `command`, remembered until it exits; reports a missing tool once, and answers undefined for it. */
  const start = (command: string, args: string[]): ChildProcess | undefined => {
    if (stopping) return undefined;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.set(
      child,
      new Promise<void>((resolve) => {
        const ended = () => {
          running.delete(child);
          resolve();
        };
        child.once('close', ended);
        child.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') {
            say(
              `Screen lock is not watched: ${path.basename(command)} was not found (it comes with D-Bus). ` +
                'Waypoint still locks when idle and when the computer sleeps.',
            );
            toolMissing = true;
          }
          ended();
        });
      }),
    );
    return child;
  };

  const monitor = (bus: ScreenLockBus, rules: string[]) =>
    new Promise<boolean>((resolve) => {
      const address = addresses[bus];
      if (address === undefined) {
        say(
          `Screen lock is not watched on the ${bus} bus: there is none (no DBUS_SESSION_BUS_ADDRESS, no $XDG_RUNTIME_DIR/bus).`,
        );
        return resolve(false);
      }
      const child = start(dbusMonitor, ['--address', address, ...rules]);
      if (!child) return resolve(false);
      let watching = false;
      let errors = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        errors = (errors + chunk).slice(-2000);
      });
      // dbus-monitor prints nothing before its match rules are in place; then it prints its own
      // NameAcquired (and NameLost, as a monitor) first, so its first line means "watching".
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (!watching) {
          watching = true;
          resolve(true);
        }
        const signal = reader.read(bus, line);
        if (signal && !stopping) options.onScreenLocked(signal);
      });
      void running.get(child)!.then(() => {
        const why = lastLine(errors) || `dbus-monitor ended (${child.exitCode ?? child.signalCode ?? 'not started'})`;
        if (!watching) say(`Screen lock is not watched on the ${bus} bus: ${why}`);
        else say(`Screen lock is no longer watched on the ${bus} bus: ${why}`);
        resolve(false);
      });
    });

  /** This login session's id: XDG_SESSION_ID, or logind's answer for the caller (or the user's display session). */
  const sessionId = (): Promise<string | undefined> => {
    if (env['XDG_SESSION_ID']) return Promise.resolve(env['XDG_SESSION_ID']);
    if (addresses.system === undefined) return Promise.resolve(undefined);
    const child = start(dbusSend, [
      `--bus=${addresses.system}`,
      '--print-reply',
      '--reply-timeout=5000',
      '--dest=org.freedesktop.login1',
      '/org/freedesktop/login1/session/auto',
      'org.freedesktop.DBus.Properties.Get',
      `string:${logindSessionInterface}`,
      'string:Id',
    ]);
    if (!child) return Promise.resolve(undefined);
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    return running.get(child)!.then(() => {
      const id = /variant\s+string "([^"]*)"/.exec(output)?.[1];
      if (!id)
        say(`Screen lock is not watched through logind: it did not say which session this is (${lastLine(output)}).`);
      return id || undefined;
    });
  };

  const session = monitor(
    'session',
    screenSaverInterfaces.map((name) => `type='signal',interface='${name}',member='ActiveChanged'`),
  );
  const system = sessionId().then((id) => {
    if (id === undefined) return false;
    reader.sessionPath = logindSessionPath(id);
    return monitor('system', [
      `type='signal',interface='${logindSessionInterface}',member='Lock',path='${reader.sessionPath}'`,
    ]);
  });

  return {
    ready: Promise.all([session, system]).then(([sessionWatched, systemWatched]) => ({
      session: sessionWatched,
      system: systemWatched,
    })),
    stop: async () => {
      stopping = true;
      const exits = [...running.entries()].map(([child, exited]) => {
        child.kill();
        return exited;
      });
      await Promise.all(exits);
    },
  };
}
