import type { PlanEntryData, PlanListName } from '../../../shared/plan/plan-entries';
import { missingSmartParts } from '../../../shared/plan/smart-goal';
import type { GoalAchievement } from '../../../shared/plan/goal-achievement';
import { formatDate } from '../../lib/format-date';
import {
  copingKindLabels,
  goalStatusLabels,
  relationshipLabels,
  resourceKindLabels,
  triggerKindLabels,
} from './plan-labels';

/** "Achieved" with its date, and a setback since: "Achieved: marked achieved on 4 Dec 2025; a lapse on 12 Nov 2026 since". */
export function achievedInWords({ achievement, setbackWord }: { achievement: GoalAchievement; setbackWord: string }) {
  const marked = `marked achieved on ${formatDate(achievement.achievedOn)}`;
  return achievement.setbackSince
    ? `${marked}; a ${setbackWord} on ${formatDate(achievement.setbackSince)} since`
    : marked;
}

/** The second line of a collapsed entry: the few facts that identify it at a glance. */
export function entrySummary(
  list: PlanListName,
  data: PlanEntryData,
  /** For a goal marked achieved: when, and any setback since (said beside "Achieved"). */
  achieved?: { achievement: GoalAchievement; setbackWord: string },
): string {
  const parts: (string | null | undefined)[] = [];
  switch (list) {
    case 'goals': {
      const goal = data as PlanEntryData<'goals'>;
      parts.push(
        goal.status === 'achieved' && achieved
          ? `${goalStatusLabels.achieved} (${achievedInWords(achieved)})`
          : goalStatusLabels[goal.status],
      );
      if (goal.targetDate) parts.push(`by ${formatDate(goal.targetDate)}`);
      parts.push(`SMART: ${5 - missingSmartParts(goal).length} of 5 parts written`);
      break;
    }
    case 'people': {
      const person = data as PlanEntryData<'people'>;
      parts.push(relationshipLabels[person.relationship], person.contact);
      break;
    }
    case 'resources': {
      const resource = data as PlanEntryData<'resources'>;
      parts.push(resourceKindLabels[resource.kind], resource.contact);
      break;
    }
    case 'copingStrategies': {
      const strategy = data as PlanEntryData<'copingStrategies'>;
      parts.push(copingKindLabels[strategy.kind], strategy.frequency);
      break;
    }
    case 'triggers':
      parts.push(triggerKindLabels[(data as PlanEntryData<'triggers'>).kind]);
      break;
    case 'careProfessionals': {
      const professional = data as PlanEntryData<'careProfessionals'>;
      parts.push(professional.role, professional.contact);
      break;
    }
    case 'accountabilityCheckIns':
      parts.push((data as PlanEntryData<'accountabilityCheckIns'>).howOften);
      break;
    default:
      break;
  }
  return parts.filter((part) => part && part.trim()).join(' · ');
}
