// Runs before `npm start` / `npm run dev`. The electron package downloads its binary lazily; fetch
// it here, once, so electron-vite never meets a half-installed Electron, and explain plainly if
// the download is not possible (for example on a machine without internet).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(packageDir, 'path.txt');

function binaryPresent() {
  if (!existsSync(pathFile)) return false;
  return existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

if (!binaryPresent() && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Waypoint: downloading the Electron runtime (first start only)…');
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0 || !binaryPresent()) {
    const reason = (result.stderr ?? '')
      .split('\n')
      .find((line) => /error/i.test(line))
      ?.trim();
    console.error(
      [
        '',
        'Waypoint cannot start: the Electron runtime is not installed and could not be downloaded.',
        reason ? `  Reason: ${reason.slice(0, 200)}` : undefined,
        '  Connect to the internet and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to a',
        '  folder that holds an Electron binary of the version in package.json.',
        '  Everything else works without it: `npm test` (Chromium host), `npm run waypoint`, `npm run bench`.',
        '',
      ]
        .filter((line) => line !== undefined)
        .join('\n'),
    );
    process.exit(1);
  }
}
