import type { MeasureName } from '../metrics/custom-metric';
import type { ArchivedEntry } from './archived-entry';
import type { PlanDocument } from './plan-document';
import type { PlanListName } from './plan-entries';
import type { PlanReviewSummary } from './plan-review';
import type { GoalAchievement } from './goal-achievement';

/** Everything the Plan screens show, sent whole after every change so the screen never drifts. */
export interface PlanView {
  plan: PlanDocument;
  /** The day the person started their plan (from a template or blank); null until they do. */
  startedOn: string | null;
  /** Newest first. */
  reviews: PlanReviewSummary[];
  /**
   * The entry the last delete removed, while it can still be brought back; `archived` when
   * check-ins pointed at it, so it was archived rather than deleted.
   */
  lastDeleted: { list: PlanListName; title: string; archived: boolean } | null;
  /** Every check-in measure a goal can follow (built-in and my own), by key, for the goal form. */
  measures: MeasureName[];
  /** Entries out of the plan that past check-ins still name, most recently archived first. */
  archived: ArchivedEntry[];
  /** In the answer to `plan.addEntry`, the new entry's id; null in every other answer. */
  addedId: string | null;
  /** Goals marked achieved: when, and a setback noted since (a later lapse says so beside "Achieved"). */
  achievements: GoalAchievement[];
  /** What the person calls a setback ("lapse", "flare-up"…), for the words beside a goal. */
  setbackWord: string;
}
