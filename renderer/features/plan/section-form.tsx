import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { sectionsOfPlan, type PlanDocument } from '../../../shared/plan/plan-document';
import type { SectionUpdate } from '../../../shared/plan/plan-requests';
import { planSectionSchemas, type PlanSectionName } from '../../../shared/plan/plan-sections';
import { useAutosave } from '../../lib/use-autosave';
import { draftLike, useDrafts } from '../../lib/drafts-context';
import type { FieldSpec } from './plan-fields';
import { FieldControl, problemsByField, readField, writeField } from './plan-form';
import { usePlanStore } from './plan-store';

interface SectionFormProps {
  section: PlanSectionName;
  /** The fields this form edits; other fields of the section are left as they are. */
  fields: readonly FieldSpec[];
  heading?: string;
  headingLevel?: 2 | 3;
  description?: ReactNode;
}

/** A one-form part of the plan (or some fields of it), saved as you type. */
export function SectionForm({ section, fields, heading, headingLevel = 2, description }: SectionFormProps) {
  const { view, perform } = usePlanStore();
  const headingId = useId();
  const keptDrafts = useDrafts();
  const draftKey = `plan-section:${section}:${fields[0]?.name ?? 'all'}`;
  const [storedValues] = useState(() => {
    const stored = sectionsOfPlan(view.plan)[section] as Record<string, unknown>;
    return Object.fromEntries(fields.map((spec) => [spec.name, readField(stored, spec.name)]));
  });
  // What was on screen when the vault locked, if it could not be saved yet.
  const [values, setValues] = useState(() => draftLike(keptDrafts.kept(draftKey), storedValues) ?? storedValues);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverError, setServerError] = useState<string>();
  // Several forms can edit one section (a stage each); each writes only its own fields.
  const latestPlan = useRef(view.plan);
  useEffect(() => {
    latestPlan.current = view.plan;
  }, [view.plan]);

  const merged = (plan: PlanDocument, fieldValues: Record<string, unknown>) =>
    Object.entries(fieldValues).reduce(
      (value, [name, fieldValue]) => writeField(value, name, fieldValue),
      sectionsOfPlan(plan)[section] as Record<string, unknown>,
    );
  const parsed = planSectionSchemas[section].safeParse(merged(view.plan, values));
  const problems = problemsByField(parsed);

  const { state } = useAutosave({
    value: values,
    storedValue: storedValues,
    draftKey,
    isValid: parsed.success,
    save: async (fieldValues) => {
      const result = await perform('plan.updateSection', {
        section,
        value: merged(latestPlan.current, fieldValues),
      } as SectionUpdate);
      setServerError(result.ok ? undefined : result.error.message);
      return result.ok;
    },
  });

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card section-form" aria-labelledby={heading ? headingId : undefined}>
      {heading && <Heading id={headingId}>{heading}</Heading>}
      {description && <p className="section-description">{description}</p>}
      <div className="entry-fields">
        {fields.map((spec) => (
          <FieldControl
            key={spec.name}
            spec={spec}
            plan={view.plan}
            value={values[spec.name]}
            error={touched.has(spec.name) ? problems[spec.name] : undefined}
            onChange={(value) => {
              setValues((current) => ({ ...current, [spec.name]: value }));
              setTouched((current) => new Set(current).add(spec.name));
            }}
          />
        ))}
      </div>
      {serverError && (
        <p className="field-error" role="alert">
          {serverError}
        </p>
      )}
      <p className="entry-status" role="status">
        {state === 'waiting' || state === 'saving' ? 'Saving…' : state === 'failed' ? 'Not saved.' : ''}
      </p>
    </section>
  );
}
