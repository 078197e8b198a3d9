import { safetyPlanStepTitles, type ReadableSafetyPlan } from '../../shared/plan/safety-plan';
import { formatDate } from '../lib/format-date';
import { PeopleToReach } from './people-to-reach';

/**
 * The safety plan to read at a glance: each step in order, in my words, with the people it names
 * and their numbers to copy. The Safety plan page and the lock screen show it the same way.
 */
export function SafetyPlanSteps({
  readable,
  headingLevel = 2,
}: {
  readable: ReadableSafetyPlan;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <ol className="safety-steps">
        {readable.steps.map(({ step, text, people }) => (
          <li key={step}>
            <Heading>{safetyPlanStepTitles[step]}</Heading>
            {text && <p className="written">{text}</p>}
            {people.length > 0 && <PeopleToReach people={people} emptyText="" />}
            {!text && people.length === 0 && <p className="empty-list">Not written yet.</p>}
          </li>
        ))}
      </ol>
      <p className="muted safety-reviewed">
        {readable.reviewedOn
          ? `I last reviewed my safety plan on ${formatDate(readable.reviewedOn)}.`
          : 'I have not reviewed my safety plan yet.'}
      </p>
    </>
  );
}
