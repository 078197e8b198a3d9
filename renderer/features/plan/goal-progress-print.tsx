import type { ReportGoal } from '../../../shared/pdf-export/report-data';
import { comparisonSentence } from '../../lib/comparison-words';
import { formatDate } from '../../lib/format-date';
import { measureAmount } from '../../lib/measure-amount';
import { goalLevelWords } from '../../lib/goal-level-words';
import { goalScoreWords } from '../../lib/questionnaire-words';
import { achievedInWords } from './entry-summary';
import { goalStatusLabels } from './plan-labels';
import { PrintSection } from '../../components/print-section';

const shortDate = (day: string) => formatDate(day);

/**
 * How a goal's measure went, in the windows page 1 uses: the last 30 days, compared with the 30
 * before when I had started by then (one comparison in the whole document, dated).
 */
function measuredText(
  { metric, recent, comparison, level }: NonNullable<ReportGoal['measured']>,
  target: string,
): string {
  // A goal that aims at a level: where I am now against it, by the same words as on screen.
  const levelWords = goalLevelWords(metric, target, level);
  if (levelWords) return levelWords;
  if (recent.mean === null) return `No ${metric.label.toLowerCase()} recorded in the last 30 days.`;
  const latest = `${metric.label}: ${measureAmount(metric, recent.mean)} on average over the last 30 days (${recent.days} days, ${shortDate(recent.from)} to ${shortDate(recent.to)}).`;
  return comparison ? `${latest} ${comparisonSentence(comparison, metric)}` : latest;
}

/** The progress pages' goals: each one's status and target, and its measure where one follows it. */
export function GoalProgressPrint({ goals, setbackWord }: { goals: readonly ReportGoal[]; setbackWord: string }) {
  return (
    <PrintSection id="print-goals" title="Goal progress">
      <ul className="print-goals">
        {goals.map((goal) => (
          <li key={goal.id}>
            <strong>{goal.statement || 'A goal'}</strong> ·{' '}
            {goal.status === 'achieved' && goal.achievement
              ? `${goalStatusLabels.achieved} (${achievedInWords({ achievement: goal.achievement, setbackWord })})`
              : goalStatusLabels[goal.status]}
            {goal.target.trim() ? ` · target: ${goal.target.trim()}` : ''}
            {goal.measured && <span className="print-goal-measure"> {measuredText(goal.measured, goal.target)}</span>}
            {goal.scores && <span className="print-goal-measure"> {goalScoreWords(goal.scores)}</span>}
          </li>
        ))}
      </ul>
    </PrintSection>
  );
}
