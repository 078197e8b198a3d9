import path from 'node:path';

/**
 * What the environment may change in a development build (`npm start`, `npm run dev`, the
 * end-to-end tests' Electron host). A packaged Waypoint reads none of it: its vault stays in the
 * system's app-data folder, its auto-lock follows Settings, and it loads only its own pages.
 */
export interface DevelopmentOverrides {
  /** `WAYPOINT_USER_DATA_DIR`: the folder for the vault instead of Electron's userData. */
  userDataDir?: string;
  /** `WAYPOINT_IDLE_LOCK_MS`: the idle time before auto-lock, instead of the one in Settings. */
  idleLockMs?: number;
  /** `ELECTRON_RENDERER_URL`: electron-vite's dev server, set by `npm run dev`. */
  rendererUrl?: string;
}

export function developmentOverrides(env: NodeJS.ProcessEnv, isPackaged: boolean): DevelopmentOverrides {
  if (isPackaged) return {};
  const userDataDir = env['WAYPOINT_USER_DATA_DIR'];
  const idleLockMs = Number(env['WAYPOINT_IDLE_LOCK_MS']);
  const rendererUrl = env['ELECTRON_RENDERER_URL'];
  return {
    userDataDir: userDataDir ? path.resolve(userDataDir) : undefined,
    idleLockMs: idleLockMs > 0 ? idleLockMs : undefined,
    rendererUrl: rendererUrl || undefined,
  };
}
