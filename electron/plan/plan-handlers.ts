import { localDate } from '../../shared/dates/calendar-date';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { diffPlans } from '../../shared/plan/plan-diff';
import { entryTitle, planListSchemas, type PlanListName } from '../../shared/plan/plan-entries';
import { planTemplates, withTemplateSuggestions } from '../../shared/plan/plan-templates';
import { maxLineLength } from '../../shared/plan/plan-text';
import type { PlanView } from '../../shared/plan/plan-view';
import { nextReviewAfter } from '../../shared/plan/review-schedule';
import { inTransaction, type Database } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { VaultSession } from '../vault/vault-session';
import { goalHasMilestone, insertMilestone } from '../milestones/milestone-repository';
import {
  addPlanEntry,
  deletePlanEntry,
  markPlanStarted,
  movePlanEntry,
  readPlan,
  readPlanStartedOn,
  replacePlan,
  restorePlanEntries,
  updatePlanEntry,
  updatePlanSection,
  type DeletedEntries,
} from './plan-repository';
import { listPlanReviews, readReviewSnapshot, recordPlanReview } from './plan-review-repository';

export type PlanChannel = Extract<InvokeChannel, `plan.${string}`>;

export interface PlanHandlerDependencies {
  /** The open vault, or a LOCKED error. */
  unlocked(): VaultSession;
  newId(): string;
  now(): Date;
}

interface UndoableDelete {
  session: VaultSession;
  deleted: DeletedEntries;
  list: PlanListName;
  title: string;
}

/** The Plan area's channels. Every change answers with the whole plan view. */
export function createPlanHandlers(dependencies: PlanHandlerDependencies) {
  const { unlocked, newId, now } = dependencies;
  // Only the last delete can be undone, and only until the vault locks.
  let lastDelete: UndoableDelete | undefined;

  function view(session: VaultSession): PlanView {
    const { db } = session;
    const undoable = lastDelete?.session === session ? lastDelete : undefined;
    return {
      plan: readPlan(db),
      startedOn: readPlanStartedOn(db),
      reviews: listPlanReviews(db),
      lastDeleted: undoable ? { list: undoable.list, title: undoable.title } : null,
    };
  }

  function changePlan(work: (db: Database) => void): PlanView {
    const session = unlocked();
    session.change((db) => inTransaction(db, () => work(db)));
    return view(session);
  }

  const handlers: Pick<IpcHandlers, PlanChannel> = {
    'plan.get': () => view(unlocked()),
    'plan.start': ({ template: key }) =>
      changePlan((db) => {
        const template = planTemplates.find((candidate) => candidate.key === key)!;
        const today = localDate(now());
        const plan = withTemplateSuggestions(readPlan(db), template, newId);
        // A new plan gets its first review one cadence from today, so the home screen can show it.
        const { cadence, nextReviewOn } = plan.reviewSchedule;
        replacePlan(db, {
          ...plan,
          reviewSchedule: { cadence, nextReviewOn: nextReviewOn ?? nextReviewAfter(today, cadence) },
        });
        markPlanStarted(db, today);
      }),
    'plan.updateSection': (update) => changePlan((db) => updatePlanSection(db, update)),
    'plan.addEntry': (entry) => {
      const id = newId();
      return { view: changePlan((db) => addPlanEntry(db, entry, id)), id };
    },
    'plan.updateEntry': (update) =>
      changePlan((db) => {
        updatePlanEntry(db, update);
        // A goal marked achieved becomes a milestone, once, on the day it was marked.
        if (update.list === 'goals' && update.data.status === 'achieved' && !goalHasMilestone(db, update.id)) {
          const title = `Goal achieved: ${update.data.statement}`.slice(0, maxLineLength);
          insertMilestone(db, { id: newId(), title, date: localDate(now()), goalId: update.id });
        }
      }),
    'plan.moveEntry': ({ id, toIndex }) => changePlan((db) => movePlanEntry(db, id, toIndex)),
    'plan.deleteEntry': ({ id }) => {
      const session = unlocked();
      const deleted = session.change((db) => deletePlanEntry(db, id));
      const [row] = deleted.rows;
      const data = planListSchemas[row!.list].parse(JSON.parse(row!.dataJson));
      lastDelete = { session, deleted, list: row!.list, title: entryTitle(data) };
      return view(session);
    },
    'plan.undoDelete': () => {
      const session = unlocked();
      if (lastDelete?.session !== session) {
        throw new RequestError('NOT_FOUND', 'There is nothing to undo.');
      }
      const { deleted } = lastDelete;
      lastDelete = undefined;
      session.change((db) => restorePlanEntries(db, deleted));
      return view(session);
    },
    'plan.recordReview': (notes) => changePlan((db) => recordPlanReview(db, notes, newId(), now())),
    'plan.compare': ({ from, to }) => {
      const { db } = unlocked();
      const version = (id: string) => (id === 'current' ? readPlan(db) : readReviewSnapshot(db, id));
      return diffPlans(version(from), version(to));
    },
  };

  return {
    handlers,
    /** Drops the undo copy of the last delete (on lock), so no plaintext lingers in memory. */
    forgetUndo(): void {
      lastDelete = undefined;
    },
  };
}
