import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { reachablePeople } from '../../../shared/plan/reachable-people';
import { EmergencyLine } from '../../components/emergency-line';
import { PeopleToReach } from '../../components/people-to-reach';

/**
 * Shown right after a check-in that notes a sign from the crisis stage, or a questionnaire answer
 * that asks for it (`title` and `intro` say why): calm, not an alarm. What I planned to do at this
 * stage, the people to call with their numbers, my safety plan and the emergency line. It can be
 * closed where `onClose` is given; it is never skipped. Nothing is sent to anyone.
 */
export function CrisisPanel({
  plan,
  onClose,
  title = 'I noted a sign from the crisis stage of my plan',
  intro = 'This is the moment my plan was written for. Here is what I decided to do.',
}: {
  plan: PlanDocument;
  onClose?: () => void;
  title?: string;
  intro?: string;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { actionPlan, peopleToCall } = plan.warningSigns.crisis;
  return (
    <section className="card crisis-panel" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{intro}</p>
      <EmergencyLine />
      <h3>What I do at this stage</h3>
      {actionPlan.trim() ? (
        <p className="plan-words">{actionPlan}</p>
      ) : (
        <p className="muted">
          Nothing written yet for this stage. <Link to="/plan/triggers">Add what I will do</Link> when I am ready.
        </p>
      )}
      {peopleToCall.trim() && (
        <>
          <h3>Who I call</h3>
          <p className="plan-words">{peopleToCall}</p>
        </>
      )}
      <h3>People and services I can reach</h3>
      <PeopleToReach
        people={reachablePeople(plan)}
        emptyText="No numbers in my plan yet. My support network and care team can hold them."
      />
      <div className="form-actions">
        <Link to="/plan/safety" className="button-primary">
          Open my safety plan
        </Link>
        {onClose && (
          <button type="button" className="button-secondary" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </section>
  );
}
