import { useMeasureNames } from '../../lib/measure-names';
import type { FieldChange, PlanChange, PlanDiff } from '../../../shared/plan/plan-diff';
import { countChanges } from '../../../shared/plan/plan-diff';
import { fieldLabel, fieldSpec, fieldText } from './plan-fields';
import { planAreaTitles } from '../../lib/plan-area-titles';
import type { PlanListName } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';

const partNames: Record<PlanListName, string> = {
  strengths: 'strength',
  challenges: 'challenge',
  areasForGrowth: 'area for growth',
  currentSituation: 'fact about my situation',
  goals: 'goal',
  actionSteps: 'action step',
  people: 'person',
  resources: 'resource',
  copingStrategies: 'coping strategy',
  triggers: 'trigger',
  earlyWarningSigns: 'early warning sign',
  worseningWarningSigns: 'worsening sign',
  crisisWarningSigns: 'crisis sign',
  careProfessionals: 'professional',
  accountabilityCheckIns: 'accountability check-in',
};

function FieldChanges({ part, fields, plan }: { part: PlanChange['part']; fields: FieldChange[]; plan: PlanDocument }) {
  const measures = useMeasureNames();
  const show = (field: string, value: unknown) => fieldText(fieldSpec(part, field), value, plan, measures);
  return (
    <ul className="field-changes">
      {fields.map((change) => (
        <li key={change.field}>
          <span className="field-name">{fieldLabel(part, change.field)}:</span>{' '}
          {change.before === null ? (
            <ins>{show(change.field, change.after)}</ins>
          ) : (
            <>
              <del>{show(change.field, change.before)}</del> → <ins>{show(change.field, change.after)}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function describe(change: PlanChange): string {
  const what = change.part in partNames ? partNames[change.part as PlanListName] : '';
  const under = change.parentTitle ? ` (under “${change.parentTitle}”)` : '';
  const verb = { added: 'Added', removed: 'Removed', edited: 'Changed' }[change.kind];
  return what ? `${verb} ${what} “${change.title}”${under}` : `${verb}`;
}

interface PlanDiffViewProps {
  diff: PlanDiff;
  fromLabel: string;
  toLabel: string;
  /** The plan the changes' links (a strategy's triggers, ...) are named from. */
  plan: PlanDocument;
  /** The heading level of each area (h3 on the Reviews page, h2 in the PDF). */
  areaHeading?: 'h2' | 'h3';
}

/** What changed between two versions of the plan, area by area, in words. */
export function PlanDiffView({ diff, fromLabel, toLabel, plan, areaHeading: AreaHeading = 'h3' }: PlanDiffViewProps) {
  const counts = countChanges(diff);
  if (diff.areas.length === 0) {
    return (
      <p className="diff-summary" role="status">
        Nothing changed between {fromLabel} and {toLabel}.
      </p>
    );
  }
  return (
    <div className="plan-diff">
      <p className="diff-summary" role="status">
        From {fromLabel} to {toLabel}: {counts.added} added, {counts.removed} removed, {counts.edited} changed.
      </p>
      {diff.areas.map(({ area, changes }) => (
        <section key={area} className="diff-area">
          <AreaHeading>{planAreaTitles[area]}</AreaHeading>
          <ul>
            {changes.map((change) => (
              <li key={`${change.part}:${change.id}`} className={`diff-${change.kind}`}>
                <span className="diff-kind">{describe(change)}</span>
                {change.kind !== 'removed' && change.fields.length > 0 && (
                  <FieldChanges part={change.part} fields={change.fields} plan={plan} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
