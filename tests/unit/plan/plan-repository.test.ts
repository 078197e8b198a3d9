import { beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../electron/database/migrate';
import { type WritableDatabase } from '../../../electron/database/sqlite';
import {
  addPlanEntry,
  deletePlanEntry,
  markPlanStarted,
  movePlanEntry,
  readArchivedEntries,
  readPlan,
  readPlanStartedOn,
  replacePlan,
  restoreArchivedEntry,
  restorePlanEntries,
  updatePlanEntry,
  updatePlanSection,
} from '../../../electron/plan/plan-repository';
import {
  listPlanReviews,
  readPlanReviews,
  readReviewSnapshot,
  recordPlanReview,
} from '../../../electron/plan/plan-review-repository';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions } from '../../../shared/plan/plan-templates';
import { memoryDatabase } from '../../support/memory-database';

let db: WritableDatabase;
let counter = 0;
const newId = () => `id-${++counter}`;

beforeEach(() => {
  db = memoryDatabase();
  db.exec('PRAGMA foreign_keys = ON');
  migrateDatabase(db);
});

const addStrength = (text: string) => addPlanEntry(db, { list: 'strengths', parentId: null, data: { text } }, newId());
const addGoal = (statement: string) =>
  addPlanEntry(db, { list: 'goals', parentId: null, data: { ...blankEntry('goals'), statement } }, newId());
const addStep = (goalId: string, text: string) =>
  addPlanEntry(db, { list: 'actionSteps', parentId: goalId, data: { ...blankEntry('actionSteps'), text } }, newId());

describe('plan repository', () => {
  it('a new vault has a blank plan that has not been started', () => {
    const plan = readPlan(db);
    expect(plan.about).toEqual(blankSections().about);
    expect(plan.goals).toEqual([]);
    expect(readPlanStartedOn(db)).toBeNull();
  });

  it('marks the plan started once, keeping the first date', () => {
    markPlanStarted(db, '2026-11-20');
    markPlanStarted(db, '2026-12-01');
    expect(readPlanStartedOn(db)).toBe('2026-11-20');
  });

  it('saves a one-form section and reads it back', () => {
    const about = { ...blankSections().about, recoveringFrom: ['addiction' as const], startDate: '2026-01-05' };
    updatePlanSection(db, { section: 'about', value: about });
    updatePlanSection(db, { section: 'safetyPlan', value: { ...blankSections().safetyPlan, reasonsForLiving: 'Mia' } });
    const plan = readPlan(db);
    expect(plan.about).toEqual(about);
    expect(plan.safetyPlan.reasonsForLiving).toBe('Mia');
  });

  it('adds entries at the end of their list and keeps each list apart', () => {
    addStrength('Patient');
    addStrength('Funny');
    addPlanEntry(db, { list: 'challenges', parentId: null, data: { text: 'Evenings' } }, newId());
    const { assessment } = readPlan(db);
    expect(assessment.strengths.map((item) => item.text)).toEqual(['Patient', 'Funny']);
    expect(assessment.challenges.map((item) => item.text)).toEqual(['Evenings']);
  });

  it('action steps belong to a goal; without one they are refused', () => {
    const goal = addGoal('Walk daily');
    addStep(goal, 'Buy shoes');
    expect(readPlan(db).goals[0]!.actionSteps.map((step) => step.text)).toEqual(['Buy shoes']);
    expect(() =>
      addPlanEntry(
        db,
        { list: 'actionSteps', parentId: null, data: { ...blankEntry('actionSteps'), text: 'x' } },
        newId(),
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const strength = addStrength('Kind');
    expect(() => addStep(strength, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => addPlanEntry(db, { list: 'strengths', parentId: goal, data: { text: 'x' } }, newId())).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('updates an entry in place; a missing id or a different list is refused', () => {
    const id = addStrength('Patient');
    updatePlanEntry(db, { list: 'strengths', id, data: { text: 'Very patient' } });
    expect(readPlan(db).assessment.strengths).toEqual([{ id, text: 'Very patient' }]);
    expect(() => updatePlanEntry(db, { list: 'strengths', id: 'nope', data: { text: 'x' } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => updatePlanEntry(db, { list: 'challenges', id, data: { text: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('coping strategies can only link triggers that exist', () => {
    const trigger = addPlanEntry(
      db,
      { list: 'triggers', parentId: null, data: { ...blankEntry('triggers'), description: 'Paydays' } },
      newId(),
    );
    const strategy = { ...blankEntry('copingStrategies'), name: 'Call Ana' };
    addPlanEntry(
      db,
      { list: 'copingStrategies', parentId: null, data: { ...strategy, triggerIds: [trigger] } },
      newId(),
    );
    expect(() =>
      addPlanEntry(
        db,
        { list: 'copingStrategies', parentId: null, data: { ...strategy, triggerIds: ['gone'] } },
        newId(),
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('moves an entry among its siblings, clamping past the end', () => {
    const [a, b, c] = [addGoal('A'), addGoal('B'), addGoal('C')];
    movePlanEntry(db, c, 0);
    expect(readPlan(db).goals.map((goal) => goal.statement)).toEqual(['C', 'A', 'B']);
    movePlanEntry(db, c, 99);
    expect(readPlan(db).goals.map((goal) => goal.id)).toEqual([a, b, c]);
    expect(() => movePlanEntry(db, 'nope', 0)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('deleting a goal deletes its steps, and restoring puts both back in their old place', () => {
    const [a, b, c] = [addGoal('A'), addGoal('B'), addGoal('C')];
    addStep(b, 'B1');
    addStep(b, 'B2');
    const before = readPlan(db);
    const deleted = deletePlanEntry(db, b, '2026-11-22');
    expect(readPlan(db).goals.map((goal) => goal.id)).toEqual([a, c]);
    expect(db.exec('SELECT count(*) FROM plan_entries WHERE list = ?', ['actionSteps'])[0]!.values[0]![0]).toBe(0);
    restorePlanEntries(db, deleted);
    expect(readPlan(db)).toEqual(before);
  });

  it('deleting a trigger unlinks it from coping strategies; restoring links it again', () => {
    const trigger = addPlanEntry(
      db,
      { list: 'triggers', parentId: null, data: { ...blankEntry('triggers'), description: 'Paydays' } },
      newId(),
    );
    addPlanEntry(
      db,
      {
        list: 'copingStrategies',
        parentId: null,
        data: { ...blankEntry('copingStrategies'), name: 'Call Ana', triggerIds: [trigger] },
      },
      newId(),
    );
    const deleted = deletePlanEntry(db, trigger, '2026-11-22');
    expect(readPlan(db).copingStrategies[0]!.triggerIds).toEqual([]);
    restorePlanEntries(db, deleted);
    expect(readPlan(db).copingStrategies[0]!.triggerIds).toEqual([trigger]);
  });

  describe('an entry that check-ins point at', () => {
    const addTrigger = (description: string) =>
      addPlanEntry(db, { list: 'triggers', parentId: null, data: { ...blankEntry('triggers'), description } }, newId());
    const noteMetIn = (triggerId: string) => {
      db.run(
        "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-11-01T10:00:00Z', 'UTC', '2026-11-01', 0, '')",
      );
      db.run("INSERT INTO checkin_links (checkin, kind, entry_id) VALUES (1, 'trigger', ?)", [triggerId]);
    };

    it('is archived, not deleted: it leaves the plan and keeps its words', () => {
      const [paydays, mondays] = [addTrigger('Paydays'), addTrigger('Mondays')];
      noteMetIn(paydays);
      const deleted = deletePlanEntry(db, paydays, '2026-11-22');
      expect(deleted.archived).toBe(true);
      expect(readPlan(db).triggers.map((trigger) => trigger.id)).toEqual([mondays]);
      expect(readArchivedEntries(db)).toEqual([
        {
          id: paydays,
          list: 'triggers',
          archivedOn: '2026-11-22',
          data: { ...blankEntry('triggers'), description: 'Paydays' },
        },
      ]);
      // Not a choice for a new check-in, not editable, not movable.
      expect(() => movePlanEntry(db, paydays, 0)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      // Deleting an entry nothing points at still deletes it.
      expect(deletePlanEntry(db, mondays, '2026-11-22').archived).toBe(false);
      expect(db.exec('SELECT id FROM plan_entries')[0]!.values).toEqual([[paydays]]);
    });

    it('undo puts it back in its old place; restore puts it back at the end', () => {
      const [a, b, c] = [addTrigger('A'), addTrigger('B'), addTrigger('C')];
      noteMetIn(b);
      const before = readPlan(db);
      restorePlanEntries(db, deletePlanEntry(db, b, '2026-11-22'));
      expect(readPlan(db)).toEqual(before);
      expect(readArchivedEntries(db)).toEqual([]);
      deletePlanEntry(db, b, '2026-11-22');
      restoreArchivedEntry(db, b);
      expect(readPlan(db).triggers.map((trigger) => trigger.id)).toEqual([a, c, b]);
      expect(() => restoreArchivedEntry(db, b)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    });

    it('stays archived when the plan is replaced (a template added later)', () => {
      const paydays = addTrigger('Paydays');
      noteMetIn(paydays);
      deletePlanEntry(db, paydays, '2026-11-22');
      replacePlan(db, withTemplateSuggestions(readPlan(db), planTemplates[1]!, newId));
      expect(readArchivedEntries(db).map((entry) => entry.id)).toEqual([paydays]);
    });
  });

  it('replacing the plan writes every section and entry in order', () => {
    const plan = withTemplateSuggestions(readPlan(db), planTemplates[1]!, newId);
    replacePlan(db, plan);
    expect(readPlan(db)).toEqual(plan);
    replacePlan(db, readPlan(db));
    expect(readPlan(db)).toEqual(plan);
  });
});

describe('plan reviews', () => {
  it('records the notes with a snapshot, and moves the next review on by the cadence', () => {
    addGoal('Walk daily');
    updatePlanSection(db, { section: 'reviewSchedule', value: { cadence: 'monthly', nextReviewOn: '2026-11-20' } });
    const notes = { reviewedOn: '2026-11-20', working: 'Walks', notWorking: 'Evenings', changes: 'Add a call' };
    recordPlanReview(db, notes, 'r1', new Date('2026-11-20T18:00:00Z'));
    addGoal('Sleep by 11');
    expect(readPlan(db).reviewSchedule.nextReviewOn).toBe('2026-12-20');
    expect(listPlanReviews(db)).toEqual([{ id: 'r1', recordedAt: '2026-11-20T18:00:00.000Z', ...notes }]);
    expect(readReviewSnapshot(db, 'r1').goals.map((goal) => goal.statement)).toEqual(['Walk daily']);
    expect(() => readReviewSnapshot(db, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('a review written for an earlier day than the latest does not move the schedule back', () => {
    updatePlanSection(db, { section: 'reviewSchedule', value: { cadence: 'weekly', nextReviewOn: null } });
    const notes = { working: '', notWorking: '', changes: '' };
    recordPlanReview(db, { ...notes, reviewedOn: '2026-11-20' }, 'r1', new Date());
    recordPlanReview(db, { ...notes, reviewedOn: '2026-10-01' }, 'r2', new Date());
    expect(readPlan(db).reviewSchedule.nextReviewOn).toBe('2026-11-27');
    expect(listPlanReviews(db).map((review) => review.id)).toEqual(['r1', 'r2']);
    expect(readPlanReviews(db).map((review) => review.id)).toEqual(['r2', 'r1']);
  });
});
