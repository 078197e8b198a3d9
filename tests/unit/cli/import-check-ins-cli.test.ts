import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, passphrase, vaultIn } from '../support/cli-run';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

// Written for this test: the person renamed "meh" and added a mood of their own.
const daylio = [
  '\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note',
  '2024-03-31,March 31,Sunday,01:30,Not so good,"tired | [253] take a walk","Clocks","Lost an hour."',
  '2024-03-30,March 30,Saturday,10:10 pm,good,"take a walk | family","",""',
  '2024-03-30,March 30,Saturday,08:00,Medium [-],"","",""',
  '2024-02-30,February 30,Friday,08:00,good,"","",""',
].join('\r\n');

async function exportFile(folder: string, name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

const checkInCount = async (vault: string) => {
  const exported = await cli(['export', vault, '--format', 'json', '--passphrase-stdin'], [passphrase]);
  return (JSON.parse(exported.stdout) as { checkins: unknown[] }).checkins.length;
};

describe('waypoint import-check-ins', () => {
  it('dry run, the labels to map, import, re-import adds nothing; exit codes; the vault unchanged on error', async () => {
    const folder = await tempFolder();
    const vault = await vaultIn(folder);
    const csv = await exportFile(folder, 'daylio_export.csv', daylio);
    const base = [
      'import-check-ins',
      vault,
      csv,
      '--from',
      'daylio',
      '--time-zone',
      'Europe/London',
      '--passphrase-stdin',
    ];

    const dryRun = await cli([...base, '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('3 entries, 2024-03-30 to 2024-03-31; 1 day with several entries.');
    expect(dryRun.stdout).toContain(`good (1): 7 (Daylio's default)`);
    expect(dryRun.stdout).toContain('Not so good (1): needs a value: --mood "Not so good=<0-10>"');
    expect(dryRun.stdout).toContain('take a walk (2)');
    expect(dryRun.stdout).toContain('Line 5: “2024-02-30” is not a date.');

    const before = await readFile(vault);
    const missing = await cli(base, [passphrase]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n').slice(1, 3).sort()).toEqual(['Medium [-]', 'Not so good']);
    expect(await readFile(vault)).toEqual(before);

    expect(await cli([...base, '--mood', 'Not so good=eleven'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--mood takes "<label>=<0-10>"'),
    });
    expect(await cli([...base.slice(0, 3), '--from', 'moodflow'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--from daylio'),
    });
    expect(
      await cli([...base, '--mood', 'Not so good=4', '--mood', 'Medium [-]=5'], ['wrong passphrase']),
    ).toMatchObject({ code: 2 });
    expect(await readFile(vault)).toEqual(before);

    const moods = ['--mood', 'Not so good=4', '--mood', 'Medium [-] = 5'];
    const imported = await cli([...base, ...moods, '--activities', 'coping'], [passphrase]);
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 3 check-ins (0 already present, 1 skipped).\n' });
    const again = await cli([...base, ...moods], [passphrase]);
    expect(again).toMatchObject({ code: 0, stdout: 'Imported 0 check-ins (3 already present, 1 skipped).\n' });
    expect(await checkInCount(vault)).toBe(3);

    expect(await cli([...base.slice(0, 2), path.join(folder, 'nowhere.csv'), '--from', 'daylio'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no file at'),
    });
    const notDaylio = await exportFile(folder, 'other.csv', 'date,mood\n2024-01-01,5\n');
    expect(await cli([...base.slice(0, 2), notDaylio, '--from', 'daylio'], [passphrase])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Line 1 is not the header of a Daylio export'),
    });
  });

  it('still answers to its earlier name, import-checkins, and names itself by the new one', async () => {
    const folder = await tempFolder();
    const vault = await vaultIn(folder);
    const csv = await exportFile(folder, 'daylio_export.csv', daylio);
    const options = [vault, csv, '--from', 'daylio', '--time-zone', 'Europe/London', '--passphrase-stdin'];
    const moods = ['--mood', 'Not so good=4', '--mood', 'Medium [-]=5'];

    const dryRun = await cli(['import-check-ins', ...options, '--dry-run']);
    expect(await cli(['import-checkins', ...options, '--dry-run'])).toEqual(dryRun);
    expect(await cli(['import-checkins', vault, '--from', 'daylio'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'waypoint: import-check-ins takes <file> <csv>.\n',
    });
    expect(await cli(['import-checkins', vault, csv])).toMatchObject({
      code: 1,
      stderr: 'waypoint: import-check-ins needs --from daylio (a Daylio CSV export is what Waypoint reads).\n',
    });
    const imported = await cli(['import-checkins', ...options, ...moods], [passphrase]);
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 3 check-ins (0 already present, 1 skipped).\n' });
    expect(await checkInCount(vault)).toBe(3);
  });

  it('the help names the command import-check-ins, once', async () => {
    const { stdout } = await cli(['--help']);
    expect(stdout).toContain('  import-check-ins <file> <csv> --from daylio');
    expect(stdout).not.toContain('import-checkins');
  });
});
