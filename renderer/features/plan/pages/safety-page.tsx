import { useState } from 'react';
import { PageHeading } from '../../../components/page-heading';
import { safetyPlanShortcut } from '../../../lib/shortcuts';
import { sectionFields } from '../plan-fields';
import { usePlanStore } from '../plan-store';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

/**
 * The safety plan: short, in the person's own words, and readable at a glance when it is needed.
 * It opens ready to read once something is written, and ready to write before that.
 */
export function SafetyPage() {
  const { safetyPlan } = usePlanStore().view.plan;
  const written = sectionFields.safetyPlan.filter((spec) => safetyPlan[spec.name as keyof typeof safetyPlan].trim());
  const [editing, setEditing] = useState(written.length === 0);
  return (
    <>
      <PageHeading
        description={`Steps to take, in order, when you feel a crisis coming. Keep it short and in your own words. It opens from anywhere in Waypoint with ${safetyPlanShortcut.label}.`}
      >
        {planPageTitle('safety')}
      </PageHeading>
      {editing ? (
        <>
          <SectionForm section="safetyPlan" fields={sectionFields.safetyPlan} />
          <button type="button" className="button-primary" onClick={() => setEditing(false)}>
            Done editing
          </button>
        </>
      ) : (
        <>
          <section className="card safety-plan" aria-label="My safety plan">
            <ol className="safety-steps">
              {sectionFields.safetyPlan.map((spec) => {
                const text = safetyPlan[spec.name as keyof typeof safetyPlan];
                return (
                  <li key={spec.name}>
                    <h2>{spec.label.replace(/^\d+\.\s*/, '')}</h2>
                    {text.trim() ? <p className="written">{text}</p> : <p className="empty-list">Not written yet.</p>}
                  </li>
                );
              })}
            </ol>
          </section>
          <p className="crisis-note">
            If you are in danger right now, call your local emergency number or a crisis line from step 5.
          </p>
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            Edit safety plan
          </button>
        </>
      )}
    </>
  );
}
