import { blankSections } from '../../../shared/plan/plan-sections';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAudience, type ReportChoices } from '../../../shared/pdf-export/report-choices';
import { blankEntry } from '../../../shared/plan/plan-entries';
import type { ReportData } from '../../../shared/pdf-export/report-data';
import { printRoutePrefix } from '../../../shared/pdf-export/report-data';
import { pdfWith } from '../support/pdf-file';
import { printInPasses } from '../../../electron/ports/printing';
import { useTempFolders } from '../support/temp-folder';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';
import { checkInFields } from '../../support/check-in-fields';
import { reportChoices } from '../../support/report-choices';

const unlockedCore = useUnlockedCores();
const tempFolder = useTempFolders();

const today = '2026-03-31';
const privateNote = 'Private: I argued with my brother and nearly drank.';

const choices = (overrides: Partial<ReportChoices> = {}): ReportChoices =>
  reportChoices(today, {
    planAreas: ['about', 'copingStrategies', 'safetyPlan'],
    progress: { ...reportChoices(today).progress, include: true, milestones: true, whatHelps: true },
    ...overrides,
  });

const checkIn = (at: string, note: string, mood = 6) => checkInFields({ at, note, mood, values: { 'sleep-hours': 7 } });

/** A vault with a started plan, a safety plan and check-ins in January and March 2026. */
async function vaultWithPlan(hostOverrides?: Parameters<typeof unlockedCore>[0]) {
  const core = await unlockedCore(hostOverrides);
  await core.value('plan.start', { template: 'addiction' });
  await core.value('plan.updateSection', {
    section: 'safetyPlan',
    value: { ...blankSections().safetyPlan, warningSigns: 'Not sleeping; staying in.', peopleICanAsk: 'Alex' },
  });
  await core.value('checkIns.add', checkIn('2026-01-10T20:00:00.000Z', 'January note, outside the range.'));
  await core.value('checkIns.add', checkIn('2026-03-12T20:00:00.000Z', privateNote, 4));
  await core.value('checkIns.add', checkIn('2026-03-20T09:00:00.000Z', ''));
  await core.value('checkIns.add', checkIn('2026-03-11T21:00:00.000Z', 'Earlier in March.'));
  return core;
}

/** Adds a friend and a crisis line with numbers, and names both in the safety plan. */
async function withContacts(value: Awaited<ReturnType<typeof vaultWithPlan>>['value']) {
  const friend = { ...blankEntry('people'), name: 'Sam', contact: '07700 900123' };
  const line = {
    ...blankEntry('resources'),
    name: 'Crisis line',
    kind: 'crisis-line' as const,
    contact: '0800 000 0000',
  };
  await value('plan.addEntry', { list: 'people', parentId: null, data: friend });
  const view = await value('plan.addEntry', { list: 'resources', parentId: null, data: line });
  const samId = view.plan.supportNetwork.people.find((person) => person.name === 'Sam')!.id;
  const lineId = view.plan.supportNetwork.resources.find((resource) => resource.name === 'Crisis line')!.id;
  await value('plan.updateSection', {
    section: 'safetyPlan',
    value: { ...view.plan.safetyPlan, peopleICanAskIds: [samId], professionalIds: [lineId] },
  });
  return { samId, lineId };
}

describe('sharing the person controls', () => {
  it('prints contact details only in the safety plan by default, nowhere or everywhere when chosen', async () => {
    const { value } = await vaultWithPlan();
    const { samId, lineId } = await withContacts(value);
    const areas = ['supportNetwork', 'safetyPlan'] as const;
    const numbers = (report: ReportData) => JSON.stringify(report).match(/07700 900123|0800 000 0000/g) ?? [];

    const byDefault = await value('pdfExport.preview', choices({ planAreas: [...areas] }));
    expect(byDefault.plan.supportNetwork.people.map((person) => person.contact)).toEqual(
      byDefault.plan.supportNetwork.people.map(() => ''),
    );
    expect(byDefault.safetyPlanContacts).toEqual({ [samId]: '07700 900123', [lineId]: '0800 000 0000' });

    // "No phone numbers" means people's: a public crisis line keeps its number.
    const none = await value('pdfExport.preview', choices({ planAreas: [...areas], contactDetails: 'none' }));
    expect(new Set(numbers(none))).toEqual(new Set(['0800 000 0000']));
    expect(none.safetyPlanContacts).toEqual({ [lineId]: '0800 000 0000' });
    const all = await value('pdfExport.preview', choices({ planAreas: [...areas], contactDetails: 'all' }));
    expect(all.plan.supportNetwork.people.find((person) => person.id === samId)?.contact).toBe('07700 900123');

    // Without the support network shared, the safety plan still names Sam, and nothing else of them.
    const safetyOnly = await value('pdfExport.preview', choices({ planAreas: ['safetyPlan'] }));
    expect(safetyOnly.plan.supportNetwork.people).toEqual([{ ...blankEntry('people'), id: samId, name: 'Sam' }]);
    expect(safetyOnly.plan.supportNetwork.resources.map((resource) => resource.name)).toEqual(['Crisis line']);
  });

  it('has presets for who it is for: a sponsor gets no one’s phone number but the crisis lines’, family no lapses', async () => {
    const { value } = await vaultWithPlan();
    const { lineId } = await withContacts(value);
    const base = choices();
    const sponsor = withAudience(base, 'sponsor', { hasReview: false, tracked: [] });
    expect(sponsor).toMatchObject({ audience: 'sponsor', contactDetails: 'none', lapses: true, journalNotes: false });
    expect(sponsor.planAreas).toContain('safetyPlan');
    expect(sponsor.planAreas).not.toContain('supportNetwork');
    // What a preset does not set stays as the person left it.
    expect(
      withAudience({ ...base, questions: 'Paydays?' }, 'family', { hasReview: false, tracked: [] }).questions,
    ).toBe('Paydays?');
    const report = await value('pdfExport.preview', sponsor);
    expect(JSON.stringify(report)).not.toMatch(/07700 900123/);
    expect(report.safetyPlanContacts).toEqual({ [lineId]: '0800 000 0000' });

    await value('checkIns.add', { ...checkIn('2026-03-25T09:00:00.000Z', ''), lapse: true });
    const family = withAudience(base, 'family', { hasReview: false, tracked: [] });
    expect(family).toMatchObject({ lapses: false, contactDetails: 'safetyPlan', journalNotes: false });
    const withoutLapses = await value('pdfExport.preview', family);
    expect(withoutLapses.snapshot?.lapses).toBeNull();
    expect(withoutLapses.progress?.milestones.lapseDays).toEqual([]);
    expect(withoutLapses.progress?.charts[0]?.view.lapseDays).toEqual([]);
    expect(withoutLapses.progress?.milestones.counts.map((count) => count.kind)).not.toContain('clean');
    const withLapses = await value(
      'pdfExport.preview',
      withAudience(base, 'therapist', { hasReview: false, tracked: [] }),
    );
    expect(withLapses.snapshot?.lapses?.days).toEqual(['2026-03-25']);
    expect(withAudience(base, 'therapist', { hasReview: true, tracked: [] }).changesSinceReview).toBe(true);
  });

  it('a physiotherapist’s preset charts pain and my own measures, with the setback plan; a counsellor’s charts cravings when I track them', async () => {
    const tracked = [
      { key: 'cravings', builtIn: true, kind: 'scale' as const },
      { key: 'pain', builtIn: true, kind: 'scale' as const },
      { key: 'knee-bend', builtIn: false, kind: 'scale' as const },
      { key: 'walked', builtIn: false, kind: 'yes-no' as const },
    ];
    const physio = withAudience(choices(), 'physio', { hasReview: false, tracked });
    expect(physio.progress.metrics).toEqual(['pain', 'knee-bend']);
    expect(physio.planAreas).toEqual(expect.arrayContaining(['setbackPlan', 'warningSigns', 'goals']));
    expect(physio.planAreas).not.toContain('triggers');
    expect(withAudience(choices(), 'therapist', { hasReview: false, tracked }).progress.metrics).toEqual(['cravings']);
    expect(withAudience(choices(), 'therapist', { hasReview: false, tracked: [] }).progress.metrics).toEqual([]);
  });

  it('a sponsor’s and family’s copy leave out my reasons for living and safer surroundings unless I include them', async () => {
    const { value } = await vaultWithPlan();
    const { plan } = await value('plan.get', {});
    await value('plan.updateSection', {
      section: 'safetyPlan',
      value: { ...plan.safetyPlan, reasonsForLiving: 'My niece.', saferSurroundings: 'Pills at my sister’s.' },
    });
    const sponsor = withAudience(choices(), 'sponsor', { hasReview: false, tracked: [] });
    expect(sponsor.safetyPlanPersonalSteps).toBe(false);
    const withheld = await value('pdfExport.preview', sponsor);
    expect(JSON.stringify(withheld)).not.toMatch(/My niece|Pills at my sister/);
    expect(withheld.withheldSafetyPlanSteps).toEqual(['saferSurroundings', 'reasonsForLiving']);
    const included = await value('pdfExport.preview', { ...sponsor, safetyPlanPersonalSteps: true });
    expect(included.plan.safetyPlan.reasonsForLiving).toBe('My niece.');
    expect(withAudience(choices(), 'doctor', { hasReview: false, tracked: [] }).safetyPlanPersonalSteps).toBe(true);
  });

  it('family without lapses: no trigger or warning sign is named unless its part was chosen, so no hidden lapse can be inferred', async () => {
    const { value } = await vaultWithPlan();
    const { plan } = await value('plan.get', {});
    const trigger = plan.triggers[0]!;
    const crisisSign = plan.warningSigns.crisis.signs[0]!;
    await value('checkIns.add', {
      ...checkIn('2026-03-28T20:00:00.000Z', ''),
      lapse: true,
      triggerIds: [trigger.id],
      warningSignIds: [crisisSign.id],
    });
    const family = {
      ...withAudience(choices(), 'family', { hasReview: false, tracked: [] }),
      planAreas: ['about' as const],
    };
    const report = await value('pdfExport.preview', family);
    const text = JSON.stringify(report.snapshot);
    expect(text).not.toContain(trigger.description);
    expect(text).not.toContain(crisisSign.description);
    expect(report.snapshot).toMatchObject({ lapses: null, topTriggers: [], crisisDays: [], warningSigns: [] });
    expect(report.snapshot?.frequency).toMatchObject({ triggers: [], warningSigns: [] });
    expect(report.progress?.crisisDays).toEqual([]);
  });

  it('page 1’s risk line: crisis-stage signs named and dated, my plan for that stage, the safety plan’s steps and its review', async () => {
    const { value } = await vaultWithPlan();
    const { plan } = await value('plan.get', {});
    const crisisSign = plan.warningSigns.crisis.signs[0]!;
    await value('checkIns.add', { ...checkIn('2026-03-26T20:00:00.000Z', ''), warningSignIds: [crisisSign.id] });
    const report = await value('pdfExport.preview', choices({ planAreas: ['warningSigns', 'safetyPlan'] }));
    expect(report.snapshot?.crisisDays).toEqual([{ day: '2026-03-26', signs: [crisisSign.description] }]);
    expect(report.snapshot?.risk).toEqual({
      crisisPlan: plan.warningSigns.crisis.actionPlan.trim(),
      safetyPlan: { written: 2, of: 7 },
      safetyPlanReviewedSinceLastCrisis: true,
    });
    expect(report.progress?.crisisDays).toEqual(['2026-03-26']);
  });

  it('page 1 names me for filing when I ask, and every setback in my own word', async () => {
    const { value } = await vaultWithPlan();
    const { plan } = await value('plan.get', {});
    await value('plan.updateSection', { section: 'about', value: { ...plan.about, setbackWord: 'slip' } });
    const report = await value(
      'pdfExport.preview',
      choices({ preparedFor: 'J. Doe', identity: { dateOfBirth: '1990-05-03', recordNumber: 'NHS 123 456 7890' } }),
    );
    expect(report.choices.identity).toEqual({ dateOfBirth: '1990-05-03', recordNumber: 'NHS 123 456 7890' });
    expect(report.setbackWord).toBe('slip');
    expect(report.progress?.milestones.setbackWord).toBe('slip');
  });

  it('remembers the choices and the questions in the vault, across a lock, until they change', async () => {
    const core = await vaultWithPlan();
    expect(await core.value('pdfExport.rememberedChoices', {})).toBeNull();
    const { today: _, ...kept } = choices({ questions: 'Talk about paydays.', audience: 'doctor' });
    expect(await core.value('pdfExport.rememberChoices', kept)).toBeNull();
    await core.value('vault.lock', {});
    await core.value('vault.unlock', { passphrase: testPassphrase });
    expect(await core.value('pdfExport.rememberedChoices', {})).toEqual(kept);
    // Checked in main like every input: a day is not part of what is kept.
    expect(await core.call('pdfExport.rememberChoices', { ...kept, today } as typeof kept)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('what goes into the PDF', () => {
  it('prints only the chosen plan areas, in the app’s order, and blanks the rest', async () => {
    const { value } = await vaultWithPlan();
    const report = await value(
      'pdfExport.preview',
      choices({ planAreas: ['copingStrategies', 'about'], progress: { ...choices().progress, include: false } }),
    );
    expect(report.parts).toEqual(['title', 'plan']);
    expect(report.planAreas).toEqual(['about', 'copingStrategies']);
    expect(report.plan.copingStrategies.length).toBeGreaterThan(0);
    expect(report.plan.goals).toEqual([]);
    expect(report.plan.safetyPlan.peopleICanAsk).toBe('');
    expect(report.progress).toBeNull();
    expect(report.range).toBeNull();
  });

  it('puts the safety plan on the first page when asked, even if it was not ticked, and not again in the plan', async () => {
    const { value } = await vaultWithPlan();
    const report = await value(
      'pdfExport.preview',
      choices({ safetyPlanFirst: true, planAreas: ['goals'], questions: 'Sleep?' }),
    );
    // With progress included, the questions open page 1 (the session snapshot), not a page of their own.
    expect(report.parts).toEqual(['title', 'safetyPlan', 'plan', 'progress']);
    expect(report.snapshot).not.toBeNull();
    expect(report.planAreas).toEqual(['goals']);
    expect(report.plan.safetyPlan.peopleICanAsk).toBe('Alex');
    const withBoth = await value(
      'pdfExport.preview',
      choices({ safetyPlanFirst: true, planAreas: ['safetyPlan', 'about'] }),
    );
    expect(withBoth.planAreas).toEqual(['about']);
  });

  it('leaves journal notes out unless opted in, and then prints the range’s notes oldest first', async () => {
    const { value } = await vaultWithPlan();
    const without = await value('pdfExport.preview', choices());
    expect(without.journalNotes).toBeNull();
    expect(without.parts).not.toContain('journalNotes');
    expect(JSON.stringify(without)).not.toContain(privateNote);

    const opted = await value('pdfExport.preview', choices({ journalNotes: true }));
    expect(opted.parts.at(-1)).toBe('journalNotes');
    expect(opted.journalNotes?.map((note) => [note.day, note.note])).toEqual([
      ['2026-03-11', 'Earlier in March.'],
      ['2026-03-12', privateNote],
    ]);
    // Notes follow the range even with no charts.
    const notesOnly = await value(
      'pdfExport.preview',
      choices({ journalNotes: true, progress: { ...choices().progress, include: false, range: '3-months' } }),
    );
    expect(notesOnly.parts).toEqual(['title', 'plan', 'journalNotes']);
    expect(notesOnly.range).toEqual({ from: '2026-01-01', to: today });
    expect(notesOnly.journalNotes).toHaveLength(3);
  });

  it('works out each date range, and says why “since my last review” cannot work before a review', async () => {
    const { call, value } = await vaultWithPlan();
    const rangeOf = async (range: ReportChoices['progress']['range']) =>
      (await value('pdfExport.preview', choices({ progress: { ...choices().progress, range } }))).range;
    expect(await rangeOf('30-days')).toEqual({ from: '2026-03-02', to: today });
    expect(await rangeOf('3-months')).toEqual({ from: '2026-01-01', to: today });
    expect(await rangeOf('6-months')).toEqual({ from: '2025-10-01', to: today });
    expect(await rangeOf('custom')).toEqual({ from: '2026-03-01', to: '2026-03-31' });

    const sinceReview = choices({ progress: { ...choices().progress, range: 'since-review' } });
    expect(await call('pdfExport.preview', sinceReview)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/no review of your plan yet/) },
    });
    await value('plan.recordReview', {
      reviewedOn: '2026-03-15',
      working: 'Walking most days.',
      notWorking: '',
      changes: '',
    });
    expect((await value('pdfExport.preview', sinceReview)).range).toEqual({
      from: '2026-03-15',
      to: today,
    });

    const backwards = choices({
      progress: { ...choices().progress, range: 'custom', custom: { from: '2026-03-20', to: '2026-03-01' } },
    });
    expect(await call('pdfExport.preview', backwards)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/start of the range must not be after its end/) },
    });
  });

  it('charts mood first with its 7-day average, then the chosen measures, at day resolution for 30 days', async () => {
    const { value } = await vaultWithPlan();
    const report = await value(
      'pdfExport.preview',
      choices({ progress: { ...choices().progress, metrics: ['sleep-hours', 'no-such-measure'] } }),
    );
    const charts = report.progress!.charts;
    expect(charts.map((chart) => chart.metric.key)).toEqual(['mood', 'sleep-hours']);
    expect(charts[0]!.view.resolution).toBe('day');
    expect(charts[0]!.view.series['mood']?.map((point) => [point.day, point.mean])).toEqual([
      ['2026-03-11', 6],
      ['2026-03-12', 4],
      ['2026-03-20', 6],
    ]);
    expect(charts[0]!.view.rollingAverage.length).toBeGreaterThan(0);
    expect(report.progress!.listMilestones).toBe(true);
    expect(report.progress!.whatHelps?.length).toBeGreaterThan(0);
    const bare = await value(
      'pdfExport.preview',
      choices({ progress: { ...choices().progress, milestones: false, whatHelps: false } }),
    );
    expect(bare.progress).toMatchObject({ listMilestones: false, whatHelps: null });
  });

  it('lists what I wrote at the last review and what changed since, in the shared areas only', async () => {
    const { call, value } = await vaultWithPlan();
    const wanted = choices({ changesSinceReview: true });
    expect(await call('pdfExport.preview', wanted)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await value('plan.recordReview', {
      reviewedOn: '2026-03-15',
      working: 'Walks after work.',
      notWorking: '',
      changes: 'Add a Sunday plan.',
    });
    const plan = (await value('plan.get', {})).plan;
    await value('plan.updateSection', {
      section: 'safetyPlan',
      value: { ...plan.safetyPlan, peopleICanAsk: 'Alex, Jo' },
    });
    await value('plan.updateSection', { section: 'selfCare', value: { ...plan.selfCare, sleep: 'Bed by 23:00.' } });
    const report = await value('pdfExport.preview', wanted);
    expect(report.parts).toEqual(['title', 'changes', 'plan', 'progress']);
    expect(report.changes?.since).toBe('2026-03-15');
    expect(report.changes?.notes).toEqual({
      working: 'Walks after work.',
      notWorking: '',
      changes: 'Add a Sunday plan.',
    });
    expect(report.changes?.diff.areas.map((area) => area.area)).toEqual(['safetyPlan']);
  });

  it('prints the goals’ progress only when the goals are shared: status, target and their measure', async () => {
    const { value } = await vaultWithPlan();
    const started = (await value('plan.get', {})).plan;
    const { actionSteps: _steps, id, ...goal } = started.goals[0]!;
    await value('plan.updateEntry', {
      list: 'goals',
      id,
      data: { ...goal, status: 'in-progress', target: '5 days a week', metric: 'sleep-hours' },
    });
    const shared = await value('pdfExport.preview', choices({ planAreas: ['goals'] }));
    const printed = shared.progress?.goals.find((candidate) => candidate.id === id);
    expect(printed).toMatchObject({ status: 'in-progress', target: '5 days a week' });
    expect(printed?.measured?.metric.key).toBe('sleep-hours');
    expect(printed?.measured?.recent).toMatchObject({ mean: 7 });
    const notShared = await value('pdfExport.preview', choices({ planAreas: ['about'] }));
    expect(notShared.progress?.goals).toEqual([]);
  });

  it('refuses choices main cannot trust, with the field named', async () => {
    const { send } = await vaultWithPlan();
    const refusal = async (input: unknown) => {
      const result = await send('pdfExport.preview', input);
      return result.ok ? 'accepted' : `${result.error.code}: ${result.error.message}`;
    };
    expect(await refusal({ ...choices(), planAreas: ['diary'] })).toMatch(/^INVALID_INPUT: planAreas\.0/);
    expect(await refusal({ ...choices(), planAreas: ['goals', 'goals'] })).toMatch(/chosen once/);
    expect(await refusal({ ...choices(), paper: 'a3' })).toMatch(/^INVALID_INPUT: paper/);
    expect(await refusal({ ...choices(), preparedFor: 'x'.repeat(81) })).toMatch(/under 80 characters/);
    expect(await refusal({ ...choices(), today: '2026-02-30' })).toMatch(/real date/);
    expect(await refusal({ ...choices(), extra: true })).toMatch(/^INVALID_INPUT/);
    const fiveMeasures = {
      ...choices().progress,
      metrics: ['energy', 'anxiety', 'sleep-hours', 'sleep-quality', 'pain'],
    };
    expect(await refusal({ ...choices(), progress: fiveMeasures })).toMatch(/up to 4/);
  });
});

describe('saving the PDF', () => {
  it('asks where, prints the job through the host, writes exactly those bytes there and forgets the job', async () => {
    const folder = await tempFolder();
    const pdf = new TextEncoder().encode('%PDF-1.7 /Type /Pages /Count 2 /Type /Page /Type /Page %%EOF');
    let printed: { route: string; paper: string; seen?: ReportData } | undefined;
    let route = '';
    const core = await vaultWithPlan({
      chooseSavePath: ({ defaultName }) => Promise.resolve(path.join(folder, defaultName.replace(/\.pdf$/, ''))),
      printToPdf: async (request) => {
        route = request.route;
        const job = await core.call('pdfExport.printJob', { id: request.route.slice(printRoutePrefix.length) });
        printed = { ...request, seen: job.ok ? (job.value as ReportData) : undefined };
        return pdf;
      },
    });
    const saved = await core.value('pdfExport.save', choices({ paper: 'letter', journalNotes: true }));
    expect(saved).toEqual({ saved: true, fileName: 'waypoint-plan-2026-03-31.pdf', bytes: pdf.length, pages: 2 });
    expect(printed?.paper).toBe('letter');
    expect(printed?.seen?.journalNotes?.map((note) => note.note)).toContain(privateNote);
    expect(readFileSync(path.join(folder, 'waypoint-plan-2026-03-31.pdf'))).toEqual(Buffer.from(pdf));
    expect(readdirSync(folder)).toEqual(['waypoint-plan-2026-03-31.pdf']);
    // The job is gone once printed: the print view's channel no longer answers for it.
    expect(await core.call('pdfExport.printJob', { id: route.slice(printRoutePrefix.length) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('prints again with the contents’ page numbers, or once when the preview has just counted them', async () => {
    const folder = await tempFolder();
    // Two pages, the plan starting on the second: as Chromium names the contents' targets.
    const placed = pdfWith({
      1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 5 0 R>>',
      2: '<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>',
      3: '<</Type /Page\n/Parent 2 0 R>>',
      4: '<</Type /Page\n/Parent 2 0 R>>',
      5: '<</report-plan [4 0 R /XYZ 0 792 0]>>',
    });
    const seen: (Record<string, number> | null)[] = [];
    let pages = 0;
    const core = await vaultWithPlan({
      chooseSavePath: () => Promise.resolve(path.join(folder, 'plan.pdf')),
      // As both hosts do: one print page, moved from job to job while main names another.
      printToPdf: (request) => {
        pages++;
        let route = '';
        return printInPasses(request, {
          open: (to) => Promise.resolve(void (route = to)),
          run: (script) => Promise.resolve(void (route = /location\.hash = "#\/(.*)";$/.exec(script)![1]!)),
          print: async () => {
            const job = await core.call('pdfExport.printJob', { id: route.slice(printRoutePrefix.length) });
            seen.push(job.ok ? (job.value as ReportData).pageNumbers : null);
            return placed;
          },
        });
      },
    });
    expect(await core.value('pdfExport.save', choices())).toMatchObject({ saved: true, pages: 2 });
    expect(seen).toEqual([null, { 'report-plan': 2 }]);
    expect(pages).toBe(1);

    seen.length = 0;
    expect(await core.value('pdfExport.pages', choices())).toEqual({ pages: 2, starts: { 'report-plan': 2 } });
    expect(await core.value('pdfExport.save', choices())).toMatchObject({ saved: true });
    expect(seen).toEqual([null, { 'report-plan': 2 }]);
    // Other choices than the ones counted are printed twice again.
    seen.length = 0;
    await core.value('pdfExport.save', choices({ preparedFor: 'J. D.' }));
    expect(seen).toEqual([null, { 'report-plan': 2 }]);
  });

  it('writes nothing when the dialog is cancelled, and says why when the folder cannot be written', async () => {
    let printCalls = 0;
    const cancelled = await vaultWithPlan({
      printToPdf: () => {
        printCalls++;
        return Promise.resolve(new Uint8Array());
      },
    });
    expect(await cancelled.value('pdfExport.save', choices())).toEqual({ saved: false });
    expect(printCalls).toBe(0);

    const folder = await tempFolder();
    const missing = path.join(folder, 'no-such-folder', 'plan.pdf');
    const failing = await vaultWithPlan({
      chooseSavePath: () => Promise.resolve(missing),
      printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7')),
    });
    const result = await failing.call('pdfExport.save', choices());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'SAVE_FAILED', message: expect.stringMatching(/^The PDF was not saved because/) },
    });
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a print that fails without writing a file', async () => {
    const folder = await tempFolder();
    const { call } = await vaultWithPlan({
      chooseSavePath: () => Promise.resolve(path.join(folder, 'plan.pdf')),
      printToPdf: () => Promise.reject(new Error('renderer crashed')),
    });
    expect(await call('pdfExport.save', choices())).toMatchObject({
      ok: false,
      error: { code: 'SAVE_FAILED', message: 'The PDF could not be made, so nothing was saved. Please try again.' },
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
