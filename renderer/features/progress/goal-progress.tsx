import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import type { ProgressView } from '../../../shared/progress/progress-days';
import type { DayRange } from '../../../shared/check-ins/check-in';
import { goalScores, type GoalScores } from '../../../shared/questionnaires/questionnaire-response';
import { goalScoreWords } from '../../lib/questionnaire-words';
import { useQuestionnaires } from '../../lib/shared-queries';
import { questionnaireRange } from './questionnaire-progress';

import { measureAmount as amount } from '../../lib/measure-amount';
import { goalLevelWords } from '../../lib/goal-level-words';

/** A goal following a form's total: its first and latest answer in the range, beside the target. */
function ScoredGoal({ goal, scores }: { goal: PlanDocument['goals'][number]; scores: GoalScores }) {
  return (
    <li>
      <p className="goal-progress-title">{goal.statement}</p>
      {goal.target && <p className="muted">Target: {goal.target}</p>}
      <p className={scores.latest ? undefined : 'muted'}>{goalScoreWords(scores)}</p>
    </li>
  );
}

/**
 * Goals measured by a check-in measure (its average in the first and the last four weeks of the
 * range) or by a questionnaire's total (its first and latest answer in the range).
 */
export function GoalProgress({
  goals,
  figures,
  metrics,
  range: shownRange,
  all,
}: {
  goals: PlanDocument['goals'];
  figures: ProgressView['goals'];
  metrics: readonly TrackedMetric[];
  range: DayRange;
  /** "All" is chosen: a form's answers count from the first, as on the questionnaire charts. */
  all: boolean;
}) {
  // Until the answers have come (or when they cannot be read), a goal's scores are left out, never "none".
  const responses = useQuestionnaires().data?.responses;
  const range = questionnaireRange(shownRange, responses ?? [], all);
  const measured = figures.flatMap((figure) => {
    const goal = goals.find((candidate) => candidate.id === figure.goalId);
    const metric = metrics.find((candidate) => candidate.key === figure.metric);
    return goal && metric ? [{ ...figure, goal, metric }] : [];
  });
  const scored = goals.flatMap((goal) =>
    goal.questionnaire && responses ? [{ goal, scores: goalScores(goal.questionnaire, responses, range) }] : [],
  );
  return (
    <section className="card" aria-labelledby="goal-progress-title">
      <h2 id="goal-progress-title">Goal progress</h2>
      {measured.length === 0 && scored.length === 0 ? (
        <p className="empty-state">
          Choose “measure progress with” or a questionnaire on a goal in your plan to follow it here.
        </p>
      ) : (
        <ul className="goal-progress">
          {measured.map(({ goal, metric, first, last, level }) => (
            <li key={goal.id}>
              <p className="goal-progress-title">{goal.statement}</p>
              {goal.target && <p className="muted">Target: {goal.target}</p>}
              {goalLevelWords(metric, goal.target, level) !== null ? (
                // A goal that aims at a level: where I am now against it, not an average of the range.
                <p>{goalLevelWords(metric, goal.target, level)}</p>
              ) : first.mean !== null && last.mean !== null ? (
                <p>
                  {metric.label}: <strong>{amount(metric, first.mean)}</strong> in the first four weeks of this range,{' '}
                  <strong>{amount(metric, last.mean)}</strong> in the last four ({first.days} and {last.days} days).
                </p>
              ) : last.mean !== null ? (
                <p>
                  {metric.label}: {metric.kind === 'yes-no' ? '' : 'average '}
                  <strong>{amount(metric, last.mean)}</strong> over {last.days} days.
                </p>
              ) : (
                <p className="muted">No {metric.label.toLowerCase()} recorded in this range yet.</p>
              )}
            </li>
          ))}
          {scored.map(({ goal, scores }) => (
            <ScoredGoal key={`${goal.id}-scores`} goal={goal} scores={scores} />
          ))}
        </ul>
      )}
    </section>
  );
}
