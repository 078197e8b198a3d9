import type { FieldChange, PlanChange, PlanDiff } from '../../../shared/plan/plan-diff';
import { countChanges } from '../../../shared/plan/plan-diff';
import { fieldLabel, fieldSpec, type FieldSpec } from './plan-fields';
import { planAreaTitles } from './plan-pages';
import { formatDate } from '../../lib/format-date';
import type { PlanListName } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { usePlanStore } from './plan-store';

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

function shown(spec: FieldSpec | undefined, value: unknown, plan: PlanDocument): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const options = spec?.kind === 'choice' ? spec.options : spec?.kind === 'choices' ? spec.options(plan) : [];
  const words = (item: unknown) => options.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.map(words).join(', ');
  if (spec?.kind === 'date' && typeof value === 'string') return formatDate(value);
  const text = words(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function FieldChanges({ part, fields }: { part: PlanChange['part']; fields: FieldChange[] }) {
  const { plan } = usePlanStore().view;
  const show = (field: string, value: unknown) => shown(fieldSpec(part, field), value, plan);
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

/** What changed between two versions of the plan, area by area, in words. */
export function PlanDiffView({ diff, fromLabel, toLabel }: { diff: PlanDiff; fromLabel: string; toLabel: string }) {
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
          <h3>{planAreaTitles[area]}</h3>
          <ul>
            {changes.map((change) => (
              <li key={`${change.part}:${change.id}`} className={`diff-${change.kind}`}>
                <span className="diff-kind">{describe(change)}</span>
                {change.kind !== 'removed' && change.fields.length > 0 && (
                  <FieldChanges part={change.part} fields={change.fields} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
