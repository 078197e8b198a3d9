import { useId } from 'react';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { reachablePeople } from '../../../shared/plan/reachable-people';
import { recurringStages, recurrenceWindowDays, type RecurringStage } from '../../../shared/today/warning-recurrence';
import { Link } from 'react-router';
import { useSettings } from '../../lib/settings-context';
import { PeopleToReach } from './people-to-reach';

const stageNames: Record<RecurringStage, string> = { early: 'early', worsening: 'worsening' };

/**
 * On Today while early or worsening warning signs recur (3 of the last 7 days): that stage's plan
 * and the people to reach, until the person dismisses it or the signs ease. Nothing is sent.
 */
export function WarningSignsCards({
  checkIns,
  plan,
  today,
}: {
  checkIns: readonly CheckIn[];
  plan: PlanDocument;
  today: string;
}) {
  const { settings, update } = useSettings();
  if (!settings) return null;
  const recurring = recurringStages(checkIns, plan, today, settings.warningCardsDismissed);
  return (
    <>
      {recurring.map(({ stage, days }) => (
        <WarningSignsCard
          key={stage}
          stage={stage}
          days={days}
          plan={plan}
          onDismiss={() =>
            void update({ warningCardsDismissed: { ...settings.warningCardsDismissed, [stage]: today } })
          }
        />
      ))}
    </>
  );
}

function WarningSignsCard({
  stage,
  days,
  plan,
  onDismiss,
}: {
  stage: RecurringStage;
  days: number;
  plan: PlanDocument;
  onDismiss(): void;
}) {
  const id = useId();
  const { actionPlan, peopleToCall } = plan.warningSigns[stage];
  return (
    <section className="warning-signs-card" aria-labelledby={id}>
      <h3 id={id}>
        My {stageNames[stage]} warning signs came up on {days} of the last {recurrenceWindowDays} days
      </h3>
      <p>That is worth noticing, not worrying about. This is what I planned for this stage.</p>
      {actionPlan.trim() ? (
        <p className="plan-words">{actionPlan}</p>
      ) : (
        <p className="muted">
          Nothing written for this stage yet. <Link to="/plan/triggers">Add what I will do</Link>.
        </p>
      )}
      {peopleToCall.trim() && <p className="plan-words">Who I call: {peopleToCall}</p>}
      <PeopleToReach people={reachablePeople(plan)} emptyText="No numbers in my plan yet." />
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss until the signs come up again
      </button>
    </section>
  );
}
