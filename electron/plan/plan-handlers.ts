import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { diffPlans } from '../../shared/plan/plan-diff';
import { entryTitle, planListSchemas, type PlanListName } from '../../shared/plan/plan-entries';
import { planTemplates, withTemplateSuggestions } from '../../shared/plan/plan-templates';
import { maxLineLength } from '../../shared/plan/plan-text';
import type { EntryUpdate, NewEntry, SectionUpdate } from '../../shared/plan/plan-requests';
import type { PlanView } from '../../shared/plan/plan-view';
import { nextReviewAfter } from '../../shared/plan/review-schedule';
import { inTransaction, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { checkInToday } from '../check-ins/check-in-today';
import type { Clock } from '../ports/clock';
import { goalHasMilestone, insertMilestone, readMilestones } from '../milestones/milestone-repository';
import { goalAchievements } from '../../shared/plan/goal-achievement';
import { setbackWord } from '../../shared/plan/plan-sections';
import { readLapseDays } from '../milestones/lapse-days';
import { applyTemplateMeasures, readMeasureNames, readTrackedMetrics } from '../metrics/metric-repository';
import type { OpenVault } from '../vault/open-vault';
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
  type DeletedEntries,
} from './plan-repository';
import {
  deletePlanReview,
  insertPlanReview,
  listPlanReviews,
  readReviewSnapshot,
  recordPlanReview,
  updatePlanReview,
} from './plan-review-repository';
import type { PlanReview } from '../../shared/plan/plan-review';

/** A goal follows a measure this vault tracks (built-in or the person's own), or none. */
function checkGoalMeasure(db: ReadableDatabase, entry: NewEntry | EntryUpdate): void {
  if (entry.list !== 'goals' || entry.data.metric === null) return;
  const key = entry.data.metric;
  if (!readTrackedMetrics(db).some((metric) => metric.key === key)) {
    throw new RequestError('INVALID_INPUT', 'A goal can follow one of my check-in measures; that one does not exist.');
  }
}

export type PlanChannel = Extract<InvokeChannel, `plan.${string}`>;

export interface PlanHandlerDependencies {
  newId(): string;
  clock: Clock;
}

interface UndoableDelete {
  deleted: DeletedEntries;
  list: PlanListName;
  title: string;
}

/**
 * The Plan area's channels over one unlocked vault. Every change answers with the whole plan
 * view. Only the last delete can be undone; the copy goes when the vault locks, with these handlers.
 */
export function createPlanHandlers(vault: OpenVault, { newId, clock }: PlanHandlerDependencies) {
  let lastDelete: UndoableDelete | undefined;
  let lastDeletedReview: PlanReview | undefined;

  function view(addedId: string | null = null): PlanView {
    const { db } = vault;
    const plan = readPlan(db);
    return {
      plan,
      startedOn: readPlanStartedOn(db),
      reviews: listPlanReviews(db),
      lastDeleted: lastDelete
        ? { list: lastDelete.list, title: lastDelete.title, archived: lastDelete.deleted.archived }
        : null,
      archived: readArchivedEntries(db),
      measures: readMeasureNames(db),
      addedId,
      achievements: goalAchievements(plan.goals, readMilestones(db), readLapseDays(db)),
      setbackWord: setbackWord(plan.about),
    };
  }

  function changePlan(work: (db: WritableDatabase) => void, addedId: string | null = null): PlanView {
    vault.change((db) => inTransaction(db, () => work(db)));
    return view(addedId);
  }

  const handlers: Pick<IpcHandlers, PlanChannel> = {
    'plan.get': () => view(),
    'plan.start': ({ template: key }) =>
      changePlan((db) => {
        const template = planTemplates.find((candidate) => candidate.key === key)!;
        const today = checkInToday(db, clock);
        applyTemplateMeasures(db, template.measures, readPlanStartedOn(db) === null);
        const plan = withTemplateSuggestions(readPlan(db), template, newId);
        // A new plan gets its first review one cadence from today, so the home screen can show it.
        const { cadence, nextReviewOn } = plan.reviewSchedule;
        replacePlan(db, {
          ...plan,
          reviewSchedule: { cadence, nextReviewOn: nextReviewOn ?? nextReviewAfter(today, cadence) },
        });
        markPlanStarted(db, today);
      }),
    'plan.updateSection': (update) =>
      changePlan((db) => {
        // Writing in the safety plan, or reading it through and saying so, reviews it today.
        const value =
          update.section === 'safetyPlan' ? { ...update.value, reviewedOn: checkInToday(db, clock) } : update.value;
        updatePlanSection(db, { ...update, value } as SectionUpdate);
      }),
    'plan.addEntry': (entry) => {
      const id = newId();
      return changePlan((db) => {
        checkGoalMeasure(db, entry);
        addPlanEntry(db, entry, id);
      }, id);
    },
    'plan.updateEntry': (update) =>
      changePlan((db) => {
        checkGoalMeasure(db, update);
        updatePlanEntry(db, update);
        // A goal marked achieved becomes a milestone, once, on the day it was marked.
        if (update.list === 'goals' && update.data.status === 'achieved' && !goalHasMilestone(db, update.id)) {
          const title = `Goal achieved: ${update.data.statement}`.slice(0, maxLineLength);
          insertMilestone(db, { id: newId(), title, date: checkInToday(db, clock), goalId: update.id });
        }
      }),
    'plan.moveEntry': ({ id, toIndex }) => changePlan((db) => movePlanEntry(db, id, toIndex)),
    'plan.deleteEntry': ({ id }) => {
      const deleted = vault.change((db) => deletePlanEntry(db, id, checkInToday(db, clock)));
      const [row] = deleted.rows;
      const data = planListSchemas[row!.list].parse(JSON.parse(row!.dataJson));
      lastDelete = { deleted, list: row!.list, title: entryTitle(row!.list, data) };
      return view();
    },
    'plan.undoDelete': () => {
      if (!lastDelete) throw new RequestError('NOT_FOUND', 'There is nothing to undo.');
      const { deleted } = lastDelete;
      lastDelete = undefined;
      vault.change((db) => restorePlanEntries(db, deleted));
      return view();
    },
    'plan.restoreArchived': ({ id }) => {
      if (lastDelete?.deleted.rows[0]?.id === id) lastDelete = undefined;
      return changePlan((db) => restoreArchivedEntry(db, id));
    },
    'plan.recordReview': (notes) => changePlan((db) => recordPlanReview(db, notes, newId(), clock.now())),
    'plan.updateReview': ({ id, notes }) => changePlan((db) => updatePlanReview(db, id, notes)),
    'plan.deleteReview': ({ id }) => {
      lastDeletedReview = vault.change((db) => deletePlanReview(db, id));
      return view();
    },
    'plan.undoDeleteReview': () => {
      if (!lastDeletedReview) throw new RequestError('NOT_FOUND', 'There is nothing to undo.');
      const review = lastDeletedReview;
      lastDeletedReview = undefined;
      return changePlan((db) => insertPlanReview(db, review));
    },
    'plan.compare': ({ from, to }) => {
      const { db } = vault;
      const version = (id: string) => (id === 'current' ? readPlan(db) : readReviewSnapshot(db, id));
      return diffPlans(version(from), version(to));
    },
  };

  return handlers;
}
