import { useState } from 'react';
import { isSafetyPlanWritten, readableSafetyPlan } from '../../../../shared/plan/safety-plan';
import { EmergencyLine } from '../../../components/emergency-line';
import { PageHeading } from '../../../components/page-heading';
import { safetyPlanShortcut } from '../../../lib/shortcuts';
import { SafetyPlanSteps } from '../../../components/safety-plan-steps';
import { sectionFields } from '../plan-fields';
import { usePlanStore } from '../plan-store';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

/** The form's fields: everything but the review date, which main sets when the plan is saved or read through. */
const formFields = sectionFields.safetyPlan.filter((spec) => spec.name !== 'reviewedOn');

/**
 * The safety plan: short, in the person's own words, and readable at a glance when it is needed.
 * It opens ready to read once something is written, and ready to write before that. Writing in it,
 * or reading it through and saying so, marks it reviewed today.
 */
export function SafetyPage() {
  const { view, perform, announce } = usePlanStore();
  const readable = readableSafetyPlan(view.plan);
  const [editing, setEditing] = useState(!isSafetyPlanWritten(readable));
  const [error, setError] = useState<string>();

  async function markReviewed(): Promise<void> {
    const result = await perform('plan.updateSection', { section: 'safetyPlan', value: view.plan.safetyPlan });
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    announce('Marked my safety plan as reviewed today.');
  }

  return (
    <>
      <PageHeading
        description={`Steps to take, in order, when you feel a crisis coming. Keep it short and in your own words. It opens from anywhere in Waypoint with ${safetyPlanShortcut.label}.`}
      >
        {planPageTitle('safety')}
      </PageHeading>
      {editing ? (
        <>
          <SectionForm section="safetyPlan" fields={formFields} />
          <button type="button" className="button-primary" onClick={() => setEditing(false)}>
            Done editing
          </button>
        </>
      ) : (
        <>
          <section className="card safety-plan" aria-label="My safety plan">
            <SafetyPlanSteps readable={readable} />
          </section>
          <EmergencyLine />
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              Edit safety plan
            </button>
            <button type="button" className="button-secondary" onClick={() => void markReviewed()}>
              I read it through today: it still fits
            </button>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </>
  );
}
