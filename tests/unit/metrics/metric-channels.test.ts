import { describe, expect, it } from 'vitest';
import { useUnlockedCores } from '../support/unlocked-core';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

describe('metric channels', () => {
  it('custom measures: add, record, re-range within recorded values, and delete only when unused', async () => {
    const { call, value } = await unlockedCore();
    const metrics = await value('metrics.addCustom', {
      label: 'Pages read',
      kind: 'scale',
      min: 0,
      max: 100,
      unit: 'pages',
    });
    const pages = metrics.at(-1)!;
    expect(pages).toMatchObject({ label: 'Pages read', builtIn: false, enabled: true, step: 1 });
    expect(metrics[0]!.key).toBe('mood');
    await value('checkIns.add', checkIn({ values: { [pages.key]: 40 } }));
    expect(
      await call('metrics.updateCustom', {
        key: pages.key,
        metric: { label: 'Pages', kind: 'scale', min: 0, max: 30, unit: '' },
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Check-ins already hold values from 40 to 40; the range must include them.' },
    });
    expect(await call('metrics.deleteCustom', { key: pages.key })).toMatchObject({
      ok: false,
      error: { message: '1 check-in has a value for this measure. Turn it off instead, so they are kept.' },
    });
    const off = await value('metrics.setEnabled', { key: pages.key, enabled: false });
    expect(off.at(-1)!.enabled).toBe(false);
    expect(
      await call('metrics.addCustom', { label: 'Walked', kind: 'yes-no', min: 0, max: 5, unit: '' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'kind: A yes/no measure is stored as 0 (no) or 1 (yes).' },
    });
    expect(await call('metrics.deleteCustom', { key: 'energy' })).toMatchObject({
      ok: false,
      error: { message: 'Built-in measures can be turned off, not deleted.' },
    });
  });
});
