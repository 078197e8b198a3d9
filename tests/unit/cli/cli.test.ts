import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acquireVaultLock, lockFilePath } from '../../../electron/vault/vault-lock-file';
import { cli, fast, passphrase, vaultIn } from '../support/cli-run';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();
async function vaultFile(): Promise<string> {
  return vaultIn(await tempFolder());
}

describe('waypoint CLI', () => {
  it('create makes a vault and says the passphrase cannot be recovered', async () => {
    const file = path.join(await tempFolder(), 'new.vault');
    const result = await cli(['create', file, '--passphrase-stdin', ...fast], [passphrase]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('cannot be recovered');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('create refuses a short passphrase and an existing file', async () => {
    const file = await vaultFile();
    expect(
      await cli(['create', path.join(path.dirname(file), 'b.vault'), '--passphrase-stdin', ...fast], ['short']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('at least 8 characters'),
    });
    expect(await cli(['create', file, '--passphrase-stdin', ...fast], [passphrase])).toMatchObject({ code: 1 });
  });

  it('info shows the format and KDF settings without a passphrase', async () => {
    const file = await vaultFile();
    const result = await cli(['info', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('format version: 1');
    expect(result.stdout).toContain('Argon2id v1.3, 2 passes, 16 MiB');
  });

  it('verify answers 0 for the right passphrase and 2 for a wrong one', async () => {
    const file = await vaultFile();
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('OK'),
    });
    expect(await cli(['verify', file, '--passphrase-stdin'], ['wrong passphrase'])).toMatchObject({
      code: 2,
      stderr: 'waypoint: That passphrase does not open this vault.\n',
    });
  });

  it('verify and info answer 3 for a damaged file and for a file that is not a vault', async () => {
    const file = await vaultFile();
    const bytes = await readFile(file);
    bytes[bytes.length - 5]! ^= 0x10;
    await writeFile(file, bytes);
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({ code: 3 });
    const notVault = path.join(path.dirname(file), 'notes.txt');
    await writeFile(notVault, 'just some notes, long enough to have a header');
    expect(await cli(['info', notVault])).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('not a Waypoint vault'),
    });
  });

  it('answers 4 for a vault from a newer Waypoint and leaves it untouched', async () => {
    const file = await vaultFile();
    const { loadSodium } = await import('../../../electron/vault/sodium');
    const sodium = await loadSodium();
    const bytes = new Uint8Array(await readFile(file));
    bytes[8] = 9;
    bytes.set(sodium.crypto_generichash(32, bytes.subarray(0, 124), null), 124);
    await writeFile(file, bytes);
    expect(await cli(['passwd', file, '--passphrase-stdin'], [passphrase, 'another long passphrase'])).toMatchObject({
      code: 4,
    });
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
  });

  it('answers 5 while another process holds the vault', async () => {
    const file = await vaultFile();
    const lock = await acquireVaultLock(file, 'app');
    try {
      expect(await cli(['passwd', file, '--passphrase-stdin'], [passphrase, 'another long passphrase'])).toMatchObject({
        code: 5,
        stderr: expect.stringContaining('Waypoint is already using this vault'),
      });
    } finally {
      await lock.release();
    }
  });

  it('answers 5 for a lock from another computer, naming it; --force-unlock opens the vault anyway', async () => {
    const file = await vaultFile();
    await writeFile(
      lockFilePath(file),
      JSON.stringify({ pid: 4242, hostname: 'old-laptop', program: 'app', since: '2026-11-20T09:00:00.000Z' }),
    );
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({
      code: 5,
      stderr: expect.stringMatching(
        /another computer \("old-laptop"\).*run the command again with --force-unlock\.\n$/,
      ),
    });
    expect(await cli(['verify', file, '--passphrase-stdin', '--force-unlock'], [passphrase])).toMatchObject({
      code: 0,
    });
    await expect(readFile(lockFilePath(file))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('passwd changes the passphrase: the old one then answers 2', async () => {
    const file = await vaultFile();
    expect(
      await cli(['passwd', file, '--passphrase-stdin', ...fast], [passphrase, 'another long passphrase']),
    ).toMatchObject({ code: 0 });
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({ code: 2 });
    expect(await cli(['verify', file, '--passphrase-stdin'], ['another long passphrase'])).toMatchObject({ code: 0 });
  });

  it('export, import, export gives the same document', async () => {
    const file = await vaultFile();
    const folder = path.dirname(file);
    const first = await cli(['export', file, '--format', 'json', '--passphrase-stdin'], [passphrase]);
    expect(first.code).toBe(0);
    const document = JSON.parse(first.stdout);
    expect(document).toMatchObject({ format: 'waypoint-export', formatVersion: 1, settings: { autoLockMinutes: 10 } });
    await writeFile(path.join(folder, 'export.json'), first.stdout);
    const copy = path.join(folder, 'copy.vault');
    expect(
      await cli(['import', copy, path.join(folder, 'export.json'), '--passphrase-stdin', ...fast], [passphrase]),
    ).toMatchObject({ code: 0 });
    const second = await cli(['export', copy, '--format', 'json', '--passphrase-stdin'], [passphrase]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('demo makes a vault with a plan and years of check-ins that export, import and export identically', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'demo.vault');
    const created = await cli(['demo', file, '--years', '2', '--passphrase-stdin', ...fast], [passphrase]);
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(/an example plan and \d+ check-ins over 2 years/);
    const first = await cli(['export', file, '--format', 'json', '--passphrase-stdin'], [passphrase]);
    const document = JSON.parse(first.stdout);
    expect(document.checkins.length).toBeGreaterThan(650);
    expect(document.checkins.some((checkIn: { lapse: boolean }) => checkIn.lapse)).toBe(true);
    expect(document.plan.copingStrategies.length).toBeGreaterThan(0);
    expect(document.metrics).toContainEqual(expect.objectContaining({ key: 'custom-meeting', enabled: true }));
    expect(document.milestones.length).toBeGreaterThan(0);
    // A PHQ-9 and a GAD-7 every two weeks over the two years, easing from above 10 to below it.
    for (const form of ['phq-9', 'gad-7']) {
      const totals = document.questionnaires.responses
        .filter((response: { form: string }) => response.form === form)
        .map((response: { total: number }) => response.total);
      expect(totals).toHaveLength(52);
      expect(totals[0]).toBeGreaterThanOrEqual(10);
      expect(totals.at(-1)).toBeLessThan(10);
    }
    await writeFile(path.join(folder, 'export.json'), first.stdout);
    const copy = path.join(folder, 'copy.vault');
    expect(
      await cli(['import', copy, path.join(folder, 'export.json'), '--passphrase-stdin', ...fast], [passphrase]),
    ).toMatchObject({ code: 0 });
    const second = await cli(['export', copy, '--format', 'json', '--passphrase-stdin'], [passphrase]);
    expect(second.stdout).toBe(first.stdout);
    expect(await cli(['demo', file, '--passphrase-stdin', ...fast], [passphrase])).toMatchObject({
      code: 1,
      stderr: `waypoint: ${file} already exists; demo only creates new vaults.\n`,
    });
    expect(await cli(['demo', path.join(folder, 'x.vault'), '--years', '99'])).toMatchObject({
      code: 1,
      stderr: 'waypoint: --years takes a whole number from 1 to 30.\n',
    });
  });

  it('export --format csv writes one row per check-in with a column per measure, questionnaires-csv one per answer, doses-csv and substance-use-csv one per dose and day of use', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'demo.vault');
    await cli(['demo', file, '--years', '1', '--passphrase-stdin', ...fast], [passphrase]);
    const json = JSON.parse(
      (await cli(['export', file, '--format', 'json', '--passphrase-stdin'], [passphrase])).stdout,
    );
    const csv = await cli(['export', file, '--format', 'csv', '--passphrase-stdin'], [passphrase]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'day,moment (UTC),time zone,local time,Mood,Energy,Anxiety,Sleep (hours),Sleep quality,Cravings or urges,Pain,Went to a meeting,lapse,coping strategies used,triggers met,warning signs noticed,note',
    );
    expect(lines.length - 2).toBe(json.checkins.length);
    const first = json.checkins[0];
    expect(lines[1]!.startsWith(`${first.day},${first.at},${first.timeZone},`)).toBe(true);
    expect(await cli(['export', file, '--format', 'xml', '--passphrase-stdin'], [passphrase])).toMatchObject({
      code: 1,
      stderr: 'waypoint: export needs --format json, csv, questionnaires-csv, doses-csv or substance-use-csv.\n',
    });

    // The questionnaire totals: one row per answer, the totals the JSON export carries.
    const totals = await cli(['export', file, '--format', 'questionnaires-csv', '--passphrase-stdin'], [passphrase]);
    expect(totals.code).toBe(0);
    const rows = totals.stdout.split('\r\n');
    expect(rows[0]).toBe(
      'day,moment (UTC),form,form version,total,lowest possible,highest possible,range,change since the answer before,real change,threshold,risk question points',
    );
    const responses = json.questionnaires.responses as {
      day: string;
      answeredAt: string;
      form: string;
      total: number;
    }[];
    expect(responses.length).toBeGreaterThan(20);
    expect(rows.length - 2).toBe(responses.length);
    const [firstAnswer] = responses;
    const scale = firstAnswer!.form === 'phq-9' ? 'PHQ-9,1,' : 'GAD-7,1,';
    expect(rows[1]!.startsWith(`${firstAnswer!.day},${firstAnswer!.answeredAt},${scale}${firstAnswer!.total},0,`)).toBe(
      true,
    );
    // A first answer has no change; a PHQ-9 row names its ninth question's points.
    expect(rows[1]).toMatch(/,,,(0)?$/);
    expect(rows.find((row) => row.includes(',PHQ-9,'))).toMatch(/,0,27,[a-z -]+,(-?\d+)?,(yes|no)?,,0$/);

    // Doses and use: one row per dose and per day written, as many as the JSON export carries.
    const doses = await cli(['export', file, '--format', 'doses-csv', '--passphrase-stdin'], [passphrase]);
    expect(doses.code).toBe(0);
    const doseRows = doses.stdout.split('\r\n');
    expect(doseRows[0]).toMatch(/^day,medication,strength,due time,taken or skipped,/);
    expect(doseRows.length - 2).toBe(json.medications.doses.length);
    const use = await cli(['export', file, '--format', 'substance-use-csv', '--passphrase-stdin'], [passphrase]);
    expect(use.code).toBe(0);
    const useRows = use.stdout.split('\r\n');
    expect(useRows[0]).toBe('day,substance,amount,unit,goal,daily limit,lapse');
    expect(useRows.length - 2).toBe(json.substances.use.length);
    expect(useRows.some((row) => row.endsWith(',not to use,,yes'))).toBe(true);
  });

  it('export --out writes a private file and will not overwrite one', async () => {
    const file = await vaultFile();
    const out = path.join(path.dirname(file), 'out.json');
    expect(
      await cli(['export', file, '--format', 'json', '--out', out, '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({ code: 0 });
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect(
      await cli(['export', file, '--format', 'json', '--out', out, '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({ code: 1 });
  });

  it('import refuses to overwrite a vault and refuses a document that is not an export', async () => {
    const file = await vaultFile();
    const folder = path.dirname(file);
    await writeFile(
      path.join(folder, 'bad.json'),
      JSON.stringify({
        format: 'waypoint-export',
        formatVersion: 1,
        schemaVersion: 1,
        settings: { autoLockMinutes: 7 },
      }),
    );
    await writeFile(path.join(folder, 'other.json'), JSON.stringify({ hello: 'world' }));
    await writeFile(path.join(folder, 'newer.json'), JSON.stringify({ format: 'waypoint-export', formatVersion: 9 }));
    await writeFile(path.join(folder, 'broken.json'), '{ not json');
    const target = path.join(folder, 'fresh.vault');
    expect(
      await cli(['import', file, path.join(folder, 'bad.json'), '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists'),
    });
    expect(
      await cli(['import', target, path.join(folder, 'bad.json'), '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('settings.autoLockMinutes'),
    });
    expect(
      await cli(['import', target, path.join(folder, 'other.json'), '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a Waypoint export'),
    });
    expect(
      await cli(['import', target, path.join(folder, 'newer.json'), '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({ code: 4 });
    expect(
      await cli(['import', target, path.join(folder, 'broken.json'), '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not valid JSON'),
    });
    await expect(stat(target)).rejects.toThrow();
  });

  it('usage errors answer 1 with one line and no stack trace', async () => {
    for (const args of [
      ['frobnicate'],
      ['info'],
      ['export', 'x.vault', '--format', 'csv'],
      ['info', 'x', '--bogus'],
      [],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await cli(['--help'])).code).toBe(0);
  });

  it('refuses to read a passphrase from nowhere (no terminal, no --passphrase-stdin)', async () => {
    const file = await vaultFile();
    expect(await cli(['verify', file])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--passphrase-stdin'),
    });
  });

  it('runs as a real process through npm run waypoint, with exit code and one-line message', async () => {
    const file = await vaultFile();
    const run = promisify(execFile);
    const child = run('npx', ['tsx', 'electron/cli/waypoint.ts', 'verify', file, '--passphrase-stdin'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
    });
    child.child.stdin?.end('wrong passphrase\n');
    const failure = await child.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(
      failure?.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('waypoint:')),
    ).toEqual(['waypoint: That passphrase does not open this vault.']);
  });
});
