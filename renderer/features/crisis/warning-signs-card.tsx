import { useId } from 'react';
import { Link } from 'react-router';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import { addDays } from '../../../shared/dates/calendar-date';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { reachablePeople } from '../../../shared/plan/reachable-people';
import {
  crisisFollowUp,
  recurrenceWindowDays,
  recurringWarningSigns,
  warningStages,
  type RecurringWarningSigns,
  type WarningStage,
} from '../../../shared/today/warning-recurrence';
import { EmergencyLine } from '../../components/emergency-line';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { useSettings } from '../../lib/settings';
import { PeopleToReach } from '../../components/people-to-reach';

const stageNames: Record<WarningStage, string> = { early: 'early', worsening: 'worsening', crisis: 'crisis' };

/**
 * On Today: the follow-up the day after a crisis-stage sign, and the card for warning signs that
 * recur (any stage, 3 of the last 7 days), each until the person dismisses it. Nothing is sent.
 */
export function WarningSignsCards({
  checkIns,
  plan,
  today,
  onCheckInNow,
}: {
  checkIns: readonly CheckIn[];
  plan: PlanDocument;
  today: string;
  /** Opens the quick check-in ("How am I now?"). */
  onCheckInNow(): void;
}) {
  const { settings, update } = useSettings();
  if (!settings) return null;
  const followUp = crisisFollowUp(checkIns, plan, today, settings.crisisFollowUpDismissedOn);
  const recurring = recurringWarningSigns(checkIns, plan, today, settings.warningCardDismissedOn);
  return (
    <>
      {followUp && (
        <CrisisFollowUp
          day={followUp.day}
          today={today}
          plan={plan}
          onCheckInNow={onCheckInNow}
          onDismiss={() => void update({ crisisFollowUpDismissedOn: today })}
        />
      )}
      {recurring && (
        <WarningSignsCard
          recurring={recurring}
          plan={plan}
          onDismiss={() => void update({ warningCardDismissedOn: today })}
        />
      )}
    </>
  );
}

/** How often each stage came up: "early on 2 days, crisis on 1 day". */
const stagesInWords = (daysByStage: Record<WarningStage, number>) =>
  warningStages
    .filter((stage) => daysByStage[stage] > 0)
    .map((stage) => `${stageNames[stage]} on ${plural(daysByStage[stage], 'day')}`)
    .join(', ');

function WarningSignsCard({
  recurring,
  plan,
  onDismiss,
}: {
  recurring: RecurringWarningSigns;
  plan: PlanDocument;
  onDismiss(): void;
}) {
  const id = useId();
  const { mostSevere, days, daysByStage } = recurring;
  const { actionPlan, peopleToCall } = plan.warningSigns[mostSevere];
  return (
    <section className={`warning-signs-card stage-${mostSevere}`} aria-labelledby={id}>
      <h3 id={id}>
        My warning signs came up on {days} of the last {recurrenceWindowDays} days
      </h3>
      <p>
        {stagesInWords(daysByStage)}. That is worth noticing, not worrying about. This is what I planned for the{' '}
        {stageNames[mostSevere]} stage.
      </p>
      {mostSevere === 'crisis' && <EmergencyLine />}
      {actionPlan.trim() ? (
        <p className="plan-words">{actionPlan}</p>
      ) : (
        <p className="muted">
          Nothing written for this stage yet. <Link to="/plan/triggers">Add what I will do</Link>.
        </p>
      )}
      {peopleToCall.trim() && <p className="plan-words">Who I call: {peopleToCall}</p>}
      {mostSevere === 'crisis' && (
        <p>
          <Link to="/plan/safety">Open my safety plan</Link>
        </p>
      )}
      <PeopleToReach people={reachablePeople(plan)} emptyText="No numbers in my plan yet." />
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss until the signs come up again
      </button>
    </section>
  );
}

/**
 * The day after a check-in that noted a crisis-stage sign: a calm question, my safety plan, the
 * people and numbers in my plan and the emergency line, until I dismiss it or check in without one.
 */
function CrisisFollowUp({
  day,
  today,
  plan,
  onCheckInNow,
  onDismiss,
}: {
  day: string;
  today: string;
  plan: PlanDocument;
  onCheckInNow(): void;
  onDismiss(): void;
}) {
  const id = useId();
  const when = day === addDays(today, -1) ? 'Yesterday' : `On ${formatDate(day)}`;
  return (
    <section className="warning-signs-card stage-crisis" aria-labelledby={id}>
      <h3 id={id}>How am I now?</h3>
      <p>
        {when} I noted a sign from the crisis stage of my plan. However today is going, my plan is here, and so are the
        people I can reach.
      </p>
      <EmergencyLine />
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onCheckInNow}>
          Check in now
        </button>
        <Link to="/plan/safety" className="button-secondary">
          Open my safety plan
        </Link>
      </div>
      <PeopleToReach
        people={reachablePeople(plan)}
        emptyText="No numbers in my plan yet. My support network and care team can hold them."
      />
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
