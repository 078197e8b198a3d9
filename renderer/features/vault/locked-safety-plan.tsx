import { useId, useState } from 'react';
import { isSafetyPlanWritten } from '../../../shared/plan/safety-plan';
import { PeopleToReach } from '../../components/people-to-reach';
import { SafetyPlanSteps } from '../../components/safety-plan-steps';
import { useLockScreenSafetyPlan } from './api';

/**
 * On the lock screen, when the person opted in: the crisis lines and people their safety plan
 * names, at once, and the whole safety plan one button away. Read from the copy kept beside the
 * vault, so no passphrase is needed; with no copy, nothing shows.
 */
export function LockedSafetyPlan() {
  const id = useId();
  const { data: readable } = useLockScreenSafetyPlan();
  const [open, setOpen] = useState(false);
  if (!readable || !isSafetyPlanWritten(readable)) return null;
  // Someone picked in two steps is listed once.
  const unique = [
    ...new Map(readable.steps.flatMap((step) => step.people).map((person) => [person.id, person])).values(),
  ];
  return (
    <section className="gate-card locked-safety-plan" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My safety plan</h2>
      {unique.length > 0 && <PeopleToReach people={unique} emptyText="" />}
      <button
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls={`${id}-steps`}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? 'Hide my safety plan' : 'Show my safety plan'}
      </button>
      <div id={`${id}-steps`} hidden={!open}>
        {open && <SafetyPlanSteps readable={readable} headingLevel={3} />}
      </div>
    </section>
  );
}
