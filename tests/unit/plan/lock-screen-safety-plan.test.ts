import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockScreenSafetyPlanFileName } from '../../../electron/plan/lock-screen-safety-plan';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { safetyPlanSteps } from '../../../shared/plan/safety-plan';
import { checkInFields } from '../../support/check-in-fields';
import { testPassphrase as passphrase, useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A vault with a full plan, a check-in with a private note, and a safety plan naming one of two people. */
async function vaultWithSafetyPlan() {
  const made = await unlockedCore();
  const { value } = made;
  await value('plan.start', { template: 'addiction' });
  const person = (name: string, contact: string) =>
    value('plan.addEntry', { list: 'people', parentId: null, data: { ...blankEntry('people'), name, contact } });
  const ana = (await person('Ana', '07700 900111')).addedId!;
  await person('Ben (not in the safety plan)', '07700 900222');
  await value('checkIns.add', checkInFields({ note: 'A private note about my week.' }));
  await value('plan.updateSection', {
    section: 'safetyPlan',
    value: {
      ...blankSections().safetyPlan,
      warningSigns: 'Staying in bed all day.',
      peopleICanAsk: 'Ana first.',
      peopleICanAskIds: [ana],
    },
  });
  const { vaultPath } = await value('vault.status', {});
  const file = path.join(path.dirname(vaultPath), lockScreenSafetyPlanFileName);
  return { ...made, file };
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

describe('the safety plan on the lock screen (opt-in)', () => {
  it('is not kept anywhere, and not readable when locked, until the person opts in', async () => {
    const { value, file } = await vaultWithSafetyPlan();
    await value('vault.lock', {});
    expect(await exists(file)).toBe(false);
    expect(await value('lockScreen.safetyPlan', {})).toBeNull();
  });

  it('once opted in, holds the safety plan and the people it names, and nothing else from the vault', async () => {
    const { value, file } = await vaultWithSafetyPlan();
    await value('settings.update', { safetyPlanOnLockScreen: true });
    await value('vault.lock', {});
    const stored = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    const strings = stringsIn(stored);
    expect(strings).toEqual(expect.arrayContaining(['Staying in bed all day.', 'Ana first.', 'Ana', '07700 900111']));
    // Every string in the file is a step's name, a step's text, or the picked person's details.
    const allowed = new Set<string>([
      ...safetyPlanSteps,
      '',
      'Staying in bed all day.',
      'Ana first.',
      'Ana',
      'friend',
      '07700 900111',
    ]);
    expect(strings.filter((text) => !allowed.has(text) && !/^[\w-]{1,64}$/.test(text))).toEqual([]);
    const raw = await fs.readFile(file, 'utf8');
    for (const secret of ['A private note', 'Ben', '07700 900222', 'Cravings']) expect(raw).not.toContain(secret);
    // The lock screen reads it without the passphrase.
    expect(await value('lockScreen.safetyPlan', {})).toMatchObject({
      steps: expect.arrayContaining([
        expect.objectContaining({ step: 'warningSigns', text: 'Staying in bed all day.' }),
      ]),
    });
    expect((await fs.stat(file)).mode & 0o077).toBe(0);
  });

  it('is updated when the safety plan changes, and deleted when the option is turned off', async () => {
    const { value, file } = await vaultWithSafetyPlan();
    await value('settings.update', { safetyPlanOnLockScreen: true });
    const { plan } = await value('plan.get', {});
    await value('plan.updateSection', {
      section: 'safetyPlan',
      value: { ...plan.safetyPlan, reasonsForLiving: 'My niece.' },
    });
    await value('vault.lock', {});
    expect(await fs.readFile(file, 'utf8')).toContain('My niece.');
    await value('vault.unlock', { passphrase });
    await value('settings.update', { safetyPlanOnLockScreen: false });
    await value('vault.lock', {});
    expect(await exists(file)).toBe(false);
    expect(await value('lockScreen.safetyPlan', {})).toBeNull();
  });

  it('a file that is not one Waypoint wrote is not shown', async () => {
    const { value, file } = await vaultWithSafetyPlan();
    await value('vault.lock', {});
    await fs.writeFile(file, JSON.stringify({ version: 1, steps: [{ step: 'nope', text: 1 }], reviewedOn: null }));
    expect(await value('lockScreen.safetyPlan', {})).toBeNull();
  });
});
