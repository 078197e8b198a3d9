import { missingSmartParts } from '../../../../shared/plan/smart-goal';
import type { PlanEntryData } from '../../../../shared/plan/plan-entries';
import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';
import { planPageTitle } from '../plan-pages';

const smartNames = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  'time-bound': 'Time-bound',
} as const;

/** Which SMART parts a goal does not say yet. It guides; it never stops a save. */
export function SmartPrompts({ goal }: { goal: PlanEntryData<'goals'> }) {
  const missing = missingSmartParts(goal);
  if (missing.length === 0) {
    return <p className="smart-complete">✓ This goal is specific, measurable, achievable, relevant and time-bound.</p>;
  }
  return (
    <div className="smart-prompts" role="note" aria-label="SMART parts still to write">
      <p className="smart-title">Still to write ({missing.length} of 5 SMART parts) — your goal is saved either way:</p>
      <ul>
        {missing.map(({ part, prompt }) => (
          <li key={part}>
            <strong>{smartNames[part]}:</strong> {prompt}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function GoalsPage() {
  const { goals } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="SMART goals, most important first. Break each one into small action steps and tick them off.">
        {planPageTitle('goals')}
      </PageHeading>
      <EntryList
        list="goals"
        entries={goals}
        heading="My goals, in order of priority"
        itemLabel="Goal"
        emptyText="No goals yet. Start with one small thing you would like to change."
        renderDetails={({ id, data }) => (
          <>
            <SmartPrompts goal={data as PlanEntryData<'goals'>} />
            {id ? (
              <div className="action-steps">
                <EntryList
                  list="actionSteps"
                  parentId={id}
                  entries={goals.find((goal) => goal.id === id)?.actionSteps ?? []}
                  heading="Action steps"
                  headingLevel={3}
                  itemLabel="Step"
                  inline
                  emptyText="No steps yet."
                />
              </div>
            ) : (
              <p className="field-hint">Action steps can be added once the goal has a name.</p>
            )}
          </>
        )}
      />
    </>
  );
}
