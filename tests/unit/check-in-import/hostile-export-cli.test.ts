import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHostileDaylioExport } from '../../support/daylio-fixture';
import { cli, passphrase, vaultIn } from '../support/cli-run';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

describe('waypoint import-check-ins with a hostile file', () => {
  it('refuses one 45 MB quoted line with exit 1 and one line, dry run or not, and writes nothing', async () => {
    const folder = await tempFolder();
    const vault = await vaultIn(folder);
    const csv = path.join(folder, 'daylio_export.csv');
    await writeHostileDaylioExport('quotedLine', csv);
    const before = await readFile(vault);
    const reason =
      'waypoint: Line 2 is longer than 100,000 characters; a Daylio entry is far shorter, so Waypoint does not bring this file in.\n';
    const base = ['import-check-ins', vault, csv, '--from', 'daylio', '--passphrase-stdin'];
    expect(await cli([...base, '--dry-run'])).toEqual({ code: 1, stdout: '', stderr: reason });
    expect(await cli(base, [passphrase])).toEqual({ code: 1, stdout: '', stderr: reason });
    expect(await readFile(vault)).toEqual(before);
  });
});
