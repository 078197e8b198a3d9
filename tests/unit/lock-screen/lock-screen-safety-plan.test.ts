import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockScreenSafetyPlanFileName } from '../../../electron/lock-screen/lock-screen-safety-plan';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { safetyPlanSteps } from '../../../shared/plan/safety-plan';
import { checkInFields } from '../../support/check-in-fields';
import { testPassphrase as passphrase, useAppCores } from '../support/unlocked-core';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { VaultSession } from '../../../electron/vault/vault-session';
import { testSessionOptions } from '../support/fast-kdf';

const appCore = useAppCores();

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A vault with a full plan, a check-in with a private note, and a safety plan naming one of two people. */
async function vaultWithSafetyPlan(options: { saveFileSystem?: SaveFileSystem } = {}) {
  const made = await appCore(options);
  const { value } = made;
  await value('vault.create', { passphrase });
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
    await value('lockScreen.chooseSafetyPlan', { shown: true });
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
    await value('lockScreen.chooseSafetyPlan', { shown: true });
    const { plan } = await value('plan.get', {});
    await value('plan.updateSection', {
      section: 'safetyPlan',
      value: { ...plan.safetyPlan, reasonsForLiving: 'My niece.' },
    });
    await value('vault.lock', {});
    expect(await fs.readFile(file, 'utf8')).toContain('My niece.');
    await value('vault.unlock', { passphrase });
    await value('lockScreen.chooseSafetyPlan', { shown: false });
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

  it('turned off while saves fail: the copy is deleted at once, the lock screen shows nothing, and the choice holds after a quit without saving', async () => {
    let failing = false;
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      fsync: async (handle) => {
        if (failing) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return nodeSaveFileSystem.fsync(handle);
      },
    };
    const { core, value, file } = await vaultWithSafetyPlan({ saveFileSystem: fileSystem });
    await value('lockScreen.chooseSafetyPlan', { shown: true });
    await value('vault.lock', {});
    expect(await exists(file)).toBe(true);
    await value('vault.unlock', { passphrase });
    // The disk fills up: nothing the vault holds can be saved now.
    failing = true;
    const { plan } = await value('plan.get', {});
    await value('plan.updateSection', { section: 'safetyPlan', value: { ...plan.safetyPlan, reasonsForLiving: 'x' } });
    // preferences.json is written atomically too: only the vault's own fsync fails here.
    failing = false;
    const choice = value('lockScreen.chooseSafetyPlan', { shown: false });
    failing = true;
    expect(await choice).toEqual({ shown: false });
    expect(await exists(file)).toBe(false);
    expect(await core.lock('quit')).toBe(false); // the unsaved change: the app would ask
    expect(await value('lockScreen.safetyPlan', {})).toBeNull();
    expect(await value('lockScreen.safetyPlanChoice', {})).toEqual({ shown: false });
  });

  it('a copy planted or changed while locked is not shown with the choice off, and is replaced at unlock with it on', async () => {
    const { value, file } = await vaultWithSafetyPlan();
    await value('vault.lock', {});
    const planted = JSON.stringify({
      version: 1,
      steps: [{ step: 'professionals', text: 'Call 0900 000 000 (a fake crisis line)', people: [] }],
      reviewedOn: null,
    });
    await fs.writeFile(file, planted);
    expect(await value('lockScreen.safetyPlan', {})).toBeNull();
    // Unlocking with the choice off removes it.
    await value('vault.unlock', { passphrase });
    await value('vault.lock', {});
    expect(await exists(file)).toBe(false);

    await value('vault.unlock', { passphrase });
    await value('lockScreen.chooseSafetyPlan', { shown: true });
    await value('vault.lock', {});
    const real = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, planted);
    await value('vault.unlock', { passphrase });
    await value('vault.lock', {});
    expect(await fs.readFile(file, 'utf8')).toBe(real);
  });

  it('a vault that kept the choice inside it brings it to preferences.json at its first unlock, once', async () => {
    const made = await appCore();
    const { vaultPath } = await made.value('vault.status', {});
    const legacy = await VaultSession.create(vaultPath, passphrase, testSessionOptions, (db) =>
      db.run("INSERT INTO settings (key, value_json) VALUES ('safetyPlanOnLockScreen', 'true')"),
    );
    await legacy.close();
    await made.value('vault.unlock', { passphrase });
    expect(await made.value('lockScreen.safetyPlanChoice', {})).toEqual({ shown: true });
    await made.value('lockScreen.chooseSafetyPlan', { shown: false });
    await made.value('vault.lock', {});
    await made.value('vault.unlock', { passphrase });
    expect(await made.value('lockScreen.safetyPlanChoice', {})).toEqual({ shown: false });
  });
});
