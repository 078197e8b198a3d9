import { describe, expect, it } from 'vitest';
import { dosesCsv } from '../../../electron/data-export/doses-csv';
import { substanceUseCsv } from '../../../electron/data-export/substance-use-csv';
import { recordDose } from '../../../electron/medications/medication-repository';
import { writeSettings } from '../../../electron/settings/settings-repository';
import { insertSubstance, writeUseDays } from '../../../electron/substance-use/substance-use-repository';
import { takenDose, writeCareRecords } from '../../support/care-records';
import { migratedDatabase } from '../../support/memory-database';

function careVault() {
  const db = migratedDatabase();
  writeCareRecords(db);
  return db;
}

describe('doses and substance use as CSV', () => {
  it('doses: one row each by day and time, medications by name, the amount taken and whether on time', () => {
    const db = careVault();
    recordDose(
      db,
      takenDose('d7', 'sertraline', '2026-02-03', {
        status: 'skipped',
        takenAt: null,
        reason: '=HYPERLINK("http://example.invalid","Open")',
      }),
    );
    expect(dosesCsv(db).split('\r\n')).toEqual([
      'day,medication,strength,due time,taken or skipped,moment taken (UTC),time zone,local time taken,taken on time (within 2 hours of its time),prescribed dose,amount taken,unit,reason',
      '2026-01-06,Sertraline,50 mg tablet,08:00,taken,2026-01-06T08:05:00.000Z,Europe/London,08:05,yes,50,50,mg,',
      '2026-01-06,Propranolol,10 mg tablet,20:00,taken,2026-01-06T20:02:00.000Z,Europe/London,20:02,yes,10,10,mg,',
      '2026-01-07,Zopiclone,3.75 mg tablet,as needed,taken,2026-01-07T23:10:00.000Z,Europe/London,23:10,,3.75,3.75,mg,',
      '2026-01-07,Sertraline,50 mg tablet,08:00,taken,2026-01-07T11:40:00.000Z,Europe/London,11:40,no,50,25,mg,',
      '2026-01-08,Sertraline,50 mg tablet,08:00,skipped,,Europe/London,,,50,,mg,Felt sick',
      '2026-02-03,Sertraline,50 mg tablet,08:00,skipped,,Europe/London,,,100,,mg,"\'=HYPERLINK(""http://example.invalid"",""Open"")"',
      '2026-02-10,Zopiclone,3.75 mg tablet,as needed,taken,2026-02-11T00:20:00.000Z,Europe/London,00:20,,3.75,7.5,mg,',
      '',
    ]);
    db.close();
  });

  it('use: one row per day written, the unit and goal stated, a lapse judged by the goal', () => {
    const db = careVault();
    insertSubstance(db, 'speed', { name: '-speed', kind: 'other', unit: '@lines', goal: { kind: 'free' } });
    writeUseDays(db, { substanceId: 'speed', days: [{ day: '2026-02-15', amount: 0.5 }] });
    expect(substanceUseCsv(db)).toBe(
      [
        'day,substance,amount,unit,goal,daily limit,lapse',
        '2026-02-13,Cannabis,1,joints,cut down,1,no',
        '2026-02-14,Alcohol,4.5,UK unit (8 g of alcohol),not to use,,yes',
        '2026-02-14,Cannabis,2,joints,cut down,1,yes',
        '2026-02-15,Alcohol,0,UK unit (8 g of alcohol),not to use,,no',
        "2026-02-15,'-speed,0.5,'@lines,not to use,,yes",
        '',
      ].join('\r\n'),
    );
    writeSettings(db, { standardDrinkCountry: 'WHO' });
    expect(substanceUseCsv(db).split('\r\n')[2]).toBe(
      '2026-02-14,Alcohol,4.5,"standard drink (10 g of alcohol, the WHO’s)",not to use,,yes',
    );
    db.close();
  });

  it('an empty vault gives the header alone', () => {
    const db = migratedDatabase();
    expect(substanceUseCsv(db)).toBe('day,substance,amount,unit,goal,daily limit,lapse\r\n');
    expect(dosesCsv(db).split('\r\n')).toHaveLength(2);
    db.close();
  });
});
