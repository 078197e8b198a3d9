import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../electron/database/migrate';
import { inTransaction } from '../../../electron/database/sqlite';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import { deletePlanEntry, markPlanStarted, readPlan, replacePlan } from '../../../electron/plan/plan-repository';
import { recordPlanReview } from '../../../electron/plan/plan-review-repository';
import { planTemplates, withTemplateSuggestions } from '../../../shared/plan/plan-templates';
import { memoryDatabase } from '../../support/memory-database';

function vaultWithPlan() {
  const db = memoryDatabase();
  migrateDatabase(db);
  let counter = 0;
  replacePlan(
    db,
    withTemplateSuggestions(readPlan(db), planTemplates[0]!, () => `id-${++counter}`),
  );
  markPlanStarted(db, '2026-10-01');
  const notes = { working: 'Meetings', notWorking: 'Evenings', changes: 'Call Ana on Fridays' };
  recordPlanReview(db, { ...notes, reviewedOn: '2026-11-01' }, 'review-1', new Date('2026-11-01T10:00:00Z'));
  // A trigger a check-in noted, then taken out of the plan: archived, and exported as such.
  const trigger = readPlan(db).triggers[0]!;
  db.run(
    "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-11-02T10:00:00.000Z', 'UTC', '2026-11-02', 0, '')",
  );
  db.run("INSERT INTO checkin_links (checkin, kind, entry_id) VALUES (1, 'trigger', ?)", [trigger.id]);
  deletePlanEntry(db, trigger.id, '2026-11-03');
  return db;
}

describe('plan in the JSON export', () => {
  it('carries the plan under `plan` with the documented keys, each review with its snapshot', () => {
    const document = buildExportDocument(vaultWithPlan());
    const plan = document.plan as Record<string, unknown>;
    expect(Object.keys(plan)).toEqual([
      'about',
      'assessment',
      'goals',
      'supportNetwork',
      'copingStrategies',
      'triggers',
      'warningSigns',
      'setbackPlan',
      'safetyPlan',
      'selfCare',
      'careTeam',
      'reviewSchedule',
      'startedOn',
      'reviews',
      'archived',
    ]);
    expect(plan.archived).toEqual([expect.objectContaining({ list: 'triggers', archivedOn: '2026-11-03' })]);
    const [review] = plan.reviews as { snapshot: { goals: { actionSteps: unknown[] }[] } }[];
    expect(review!.snapshot.goals[0]!.actionSteps.length).toBeGreaterThan(0);
  });

  it('import restores all of it: exporting the imported vault gives the same document', () => {
    const exported = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    const target = memoryDatabase();
    migrateDatabase(target);
    inTransaction(target, () => writeExportDocument(target, parseExportDocument(exported)));
    expect(buildExportDocument(target)).toEqual(exported);
  });

  it('refuses a plan whose coping strategy points at a trigger that is not there, saying where', () => {
    const exported = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    exported.plan.copingStrategies[0].triggerIds = ['missing-trigger'];
    expect(() => parseExportDocument(exported)).toThrow(/refers to a trigger that is not in the plan/);
    const badDate = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    badDate.plan.goals[0].targetDate = '2026-02-30';
    expect(() => parseExportDocument(badDate)).toThrow(/plan\.goals\.0\.targetDate/);
    const unknownPerson = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    unknownPerson.plan.safetyPlan.peopleICanAskIds = ['nobody'];
    expect(() => parseExportDocument(unknownPerson)).toThrow(/safety plan names someone who is not in the plan/);
    const twice = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    twice.plan.archived[0].id = twice.plan.goals[0].id;
    expect(() => parseExportDocument(twice)).toThrow(/archived entry has the id of another entry/);
  });

  it('reads an export written before archiving existed (no `archived`) as having none', () => {
    const exported = JSON.parse(JSON.stringify(buildExportDocument(vaultWithPlan())));
    delete exported.plan.archived;
    expect((parseExportDocument(exported).plan as { archived: unknown[] }).archived).toEqual([]);
  });
});
