import { Link } from 'react-router';
import { reachablePeople } from '../../../shared/plan/reachable-people';
import { EmergencyLine } from '../../components/emergency-line';
import { usePlanView } from '../../lib/shared-queries';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { BreathingTimer } from './breathing-timer';
import { PeopleToReach } from '../../components/people-to-reach';

/**
 * "I'm struggling": one key from anywhere, a calm full-screen view of my own plan for this moment:
 * my coping strategies with a breathing timer, the people I can reach, my reasons, the safety plan
 * and the emergency line. Laid out in columns so it needs no scrolling at 1024x700. Escape closes.
 */
export function StrugglingView({ onClose }: { onClose(): void }) {
  const dialog = useModalDialog('h1');
  const { data: view, error } = usePlanView();

  const plan = view?.plan;
  const reasons = plan
    ? [plan.safetyPlan.reasonsForLiving, plan.setbackPlan.reasonsForRecovery].filter((text) => text.trim() !== '')
    : [];
  return (
    <dialog
      ref={dialog}
      className="struggling-view"
      aria-labelledby="struggling-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="struggling-header">
        <h1 id="struggling-title" tabIndex={-1}>
          I’m struggling. That is OK; this will pass.
        </h1>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </header>
      <EmergencyLine />
      {!plan ? (
        <p className="muted">{error?.message ?? 'Opening my plan…'}</p>
      ) : (
        <div className="struggling-columns">
          <section aria-labelledby="struggling-coping">
            <h2 id="struggling-coping">What helps me</h2>
            <BreathingTimer />
            {plan.copingStrategies.length === 0 ? (
              <p className="muted">My coping strategies will show here once they are in my plan.</p>
            ) : (
              <ul className="struggling-list">
                {plan.copingStrategies.map((strategy) => (
                  <li key={strategy.id}>
                    <strong>{strategy.name}</strong>
                    {strategy.whenItHelps.trim() && <span className="muted"> · {strategy.whenItHelps}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="struggling-people">
            <h2 id="struggling-people">People I can reach</h2>
            <PeopleToReach
              people={reachablePeople(plan)}
              emptyText="No numbers in my plan yet. My support network and care team can hold them."
            />
          </section>
          <section aria-labelledby="struggling-reasons">
            <h2 id="struggling-reasons">My reasons</h2>
            {reasons.length === 0 ? (
              <p className="muted">My reasons will show here once I write them in my safety or setback plan.</p>
            ) : (
              reasons.map((reason) => (
                <p key={reason} className="plan-words">
                  {reason}
                </p>
              ))
            )}
            <Link to="/plan/safety" className="button-primary" onClick={onClose}>
              Open my safety plan
            </Link>
          </section>
        </div>
      )}
    </dialog>
  );
}
