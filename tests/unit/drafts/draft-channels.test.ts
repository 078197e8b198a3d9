import { describe, expect, it } from 'vitest';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

describe('drafts of half-written forms', () => {
  it('are kept in the vault across lock and unlock, replaced by the latest, and gone once dropped', async () => {
    const { value } = await unlockedCore();
    const checkIn = { mode: 'new', target: '', draft: { mood: 3, note: 'Half a thought about' } };
    await value('drafts.keep', { form: 'check-in', draft: { ...checkIn, draft: { mood: 2, note: 'Half' } } });
    await value('drafts.keep', { form: 'check-in', draft: checkIn });
    await value('drafts.keep', { form: 'plan-entry:abc-123', draft: { name: '', contact: '07700 900123' } });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await value('drafts.list', {})).toEqual({
      'check-in': checkIn,
      'plan-entry:abc-123': { name: '', contact: '07700 900123' },
    });
    await value('drafts.drop', { form: 'check-in' });
    expect(Object.keys(await value('drafts.list', {}))).toEqual(['plan-entry:abc-123']);
  });

  it('main refuses a form key it does not know the shape of, and a draft larger than any form', async () => {
    const { send, value } = await unlockedCore();
    const refusal = async (input: unknown) => {
      const result = await send('drafts.keep', input);
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(await refusal({ form: '../../etc', draft: {} })).toMatch(/not a form Waypoint keeps drafts of/);
    expect(await refusal({ form: 'check-in', draft: ['not', 'an', 'object'] })).not.toBe('accepted');
    expect(await refusal({ form: 'check-in', draft: { note: 'x'.repeat(100_001) } })).toMatch(/too large/);
    expect(await value('drafts.list', {})).toEqual({});
  });
});
