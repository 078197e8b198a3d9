import { buildMilestonesView, type MilestonesView } from '../../shared/milestones/milestone';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { resolutionFor } from '../../shared/progress/daily-series';
import type { ProgressRequest, ProgressView } from '../../shared/progress/progress-days';
import { summarizeProgress } from '../../shared/progress/progress-summary';
import { readLapseDays } from '../check-ins/check-in-repository';
import type { Database } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { readPlan, readPlanSections, readPlanStartedOn } from '../plan/plan-repository';
import type { VaultSession } from '../vault/vault-session';
import { deleteMilestone, insertMilestone, readMilestones, updateMilestone } from '../milestones/milestone-repository';
import { readCheckInSpan, readProgressDays } from './progress-repository';

export type ProgressChannel = Extract<InvokeChannel, `progress.${string}` | `milestones.${string}`>;

export interface ProgressHandlerDependencies {
  unlocked(): VaultSession;
  newId(): string;
}

export function readMilestonesView(db: Database, today: string): MilestonesView {
  const { about } = readPlanSections(db);
  return buildMilestonesView({
    startDate: about.startDate,
    cleanDate: about.cleanDate,
    planStartedOn: readPlanStartedOn(db),
    lapseDays: readLapseDays(db),
    own: readMilestones(db),
    today,
  });
}

/** A range of check-ins summarised for a chart `pixels` wide, with the plan's strategies and goals. */
export function readProgressView(db: Database, request: ProgressRequest): ProgressView {
  const plan = readPlan(db);
  const goalMetrics = plan.goals.flatMap((goal) => (goal.metric ? [goal.metric] : []));
  const days = readProgressDays(db, request, {
    metrics: ['mood', ...request.metrics, ...goalMetrics],
    withCheckIns: resolutionFor(request.from, request.to, request.pixels) === 'day',
  });
  return summarizeProgress(
    days,
    request,
    {
      strategyIds: plan.copingStrategies.map((strategy) => strategy.id),
      goals: plan.goals.map((goal) => ({ id: goal.id, metric: goal.metric })),
    },
    readCheckInSpan(db),
  );
}

/** The Progress area's channels: day summaries for charts, counters and milestones. */
export function createProgressHandlers({ unlocked, newId }: ProgressHandlerDependencies) {
  const handlers: Pick<IpcHandlers, ProgressChannel> = {
    'progress.get': (request) => readProgressView(unlocked().db, request),
    'progress.calendar': ({ year }) =>
      readProgressDays(
        unlocked().db,
        { from: `${year}-01-01`, to: `${year}-12-31` },
        { metrics: ['mood'], withCheckIns: false },
      ).flatMap((day) => (day.values.mood ? [{ day: day.day, mood: day.values.mood.mean }] : [])),
    'milestones.get': ({ today }) => readMilestonesView(unlocked().db, today),
    'milestones.add': ({ today, fields }) => {
      const session = unlocked();
      session.change((db) => insertMilestone(db, { id: newId(), ...fields }));
      return readMilestonesView(session.db, today);
    },
    'milestones.update': ({ today, id, fields }) => {
      const session = unlocked();
      session.change((db) => updateMilestone(db, id, fields));
      return readMilestonesView(session.db, today);
    },
    'milestones.delete': ({ today, id }) => {
      const session = unlocked();
      session.change((db) => deleteMilestone(db, id));
      return readMilestonesView(session.db, today);
    },
  };
  return { handlers };
}
