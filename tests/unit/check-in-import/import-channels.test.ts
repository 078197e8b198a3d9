import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportChoices } from '../../../shared/check-in-import/import-plan';
import { useTempFolders } from '../support/temp-folder';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();
const tempFolder = useTempFolders();

// Written for this test.
const daylio = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2024-05-02,May 2,Thursday,20:00,Fine-ish,"reading | tired","",""',
  '2024-05-01,May 1,Wednesday,08:30,good,"reading","","Woke early."',
].join('\n');

const choices: ImportChoices = {
  timeZone: 'Europe/Berlin',
  moods: { 'Fine-ish': 6 },
  activities: { tired: { treatment: 'trigger', entryId: null } },
  defaultTreatment: 'measure',
};

describe('the checkInImport channels', () => {
  it('read the chosen file in main, sample, import with one save, list, and remove; a lock forgets the file', async () => {
    const folder = await tempFolder();
    const csv = path.join(folder, 'daylio_export.csv');
    await writeFile(csv, daylio);
    let answer: string | undefined = csv;
    const { value, call, send } = await unlockedCore({ chooseOpenPath: () => Promise.resolve(answer) });

    // Nothing chosen yet: nothing to sample.
    expect(await call('checkInImport.sample', choices)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const chosen = await value('checkInImport.chooseFile', {});
    expect(chosen).toMatchObject({
      fileName: 'daylio_export.csv',
      preview: { entries: 2, from: '2024-05-01', to: '2024-05-02' },
      rememberedMoods: {},
    });
    // Choices are checked in main like every input.
    expect(await send('checkInImport.run', { ...choices, timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('checkInImport.run', { ...choices, moods: {} })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Give each mood a value from 0 to 10 first: “Fine-ish”.' },
    });
    const { sample } = await value('checkInImport.sample', choices);
    expect(sample.map((entry) => [entry.day, entry.time, entry.mood, entry.triggers])).toEqual([
      ['2024-05-01', '08:30', 7, []],
      ['2024-05-02', '20:00', 6, ['tired (new)']],
    ]);

    expect(await value('checkInImport.run', choices)).toMatchObject({ added: 2, alreadyPresent: 0, skipped: [] });
    const [listing] = await value('checkInImport.list', {});
    expect(listing).toMatchObject({ fileName: 'daylio_export.csv', checkIns: 2, firstDay: '2024-05-01' });
    const checkIns = await value('checkIns.list', { from: '2024-05-01', to: '2024-05-02' });
    expect(checkIns.map((checkIn) => [checkIn.day, checkIn.at, checkIn.mood])).toEqual([
      ['2024-05-02', '2024-05-02T18:00:00.000Z', 6],
      ['2024-05-01', '2024-05-01T06:30:00.000Z', 7],
    ]);
    const metrics = await value('metrics.list', {});
    expect(metrics.find((metric) => metric.label === 'reading')).toMatchObject({ kind: 'yes-no', enabled: false });

    // The next import of the same diary offers the values given before.
    expect((await value('checkInImport.chooseFile', {}))?.rememberedMoods).toEqual({ 'Fine-ish': 6, good: 7 });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await call('checkInImport.run', choices)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Survives the lock: written and saved.
    expect(await value('checkInImport.list', {})).toHaveLength(1);

    expect(await value('checkInImport.remove', { id: listing!.id })).toEqual({
      checkIns: 2,
      measures: ['reading'],
      planEntries: ['tired'],
      doses: 0,
    });
    expect(await value('checkIns.list', { from: '2024-05-01', to: '2024-05-02' })).toEqual([]);
    expect(await call('checkInImport.remove', { id: listing!.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Cancelled: null. A file that is not an export: refused with the reason.
    answer = undefined;
    expect(await value('checkInImport.chooseFile', {})).toBeNull();
    answer = path.join(folder, 'photo.csv');
    await writeFile(answer, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    expect(await call('checkInImport.chooseFile', {})).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'photo.csv is not UTF-8 text, so it cannot be a Daylio export (a CSV file).',
      },
    });
  });
});
