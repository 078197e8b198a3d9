import type { z } from 'zod';
import {
  CheckboxField,
  CheckboxGroupField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/form-fields';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { maxLineLength } from '../../../shared/plan/plan-text';
import { useMeasureNames } from '../../lib/measure-names';
import { measureChoices, type FieldSpec } from './plan-fields';

type FormValue = Record<string, unknown>;

export function readField(value: FormValue, name: string): unknown {
  return name.split('.').reduce<unknown>((inner, key) => (inner as FormValue | undefined)?.[key], value);
}

export function writeField<T extends FormValue>(value: T, name: string, fieldValue: unknown): T {
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  const next = rest.length ? writeField(value[head] as FormValue, rest.join('.'), fieldValue) : fieldValue;
  return { ...value, [head]: next };
}

/** The first problem with each field, keyed by the field's (dotted) name. */
export function problemsByField(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  const problems: Record<string, string> = {};
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const name = issue.path.filter((key) => typeof key === 'string').join('.');
    problems[name] ??= issue.message;
  }
  return problems;
}

interface FieldControlProps {
  spec: FieldSpec;
  value: unknown;
  onChange(value: unknown): void;
  error?: string;
  plan: PlanDocument;
  /** Replaces the spec's label (numbered rows in a list). */
  label?: string;
}

/** One field of a plan form, drawn from its spec. */
export function FieldControl({ spec, value, onChange, error, plan, label = spec.label }: FieldControlProps) {
  const measures = useMeasureNames();
  const common = { label, hint: spec.hint, error };
  switch (spec.kind) {
    case 'line':
      return <TextField {...common} value={value as string} onChange={onChange} maxLength={maxLineLength} />;
    case 'note':
      return <TextAreaField {...common} value={value as string} onChange={onChange} />;
    case 'date':
      return <DateField {...common} value={value as string | null} onChange={onChange} />;
    case 'checkbox':
      return <CheckboxField label={label} checked={value as boolean} onChange={onChange} />;
    case 'measure':
      return (
        <SelectField
          {...common}
          options={measureChoices(measures)}
          value={(value as string | null) ?? ''}
          onChange={(chosen) => onChange(chosen === '' ? null : chosen)}
        />
      );
    case 'choice':
      return (
        <SelectField
          {...common}
          options={spec.options}
          value={(value as string | null) ?? ''}
          onChange={(chosen) => onChange(spec.emptyAs === null && chosen === '' ? null : chosen)}
        />
      );
    case 'choices':
      return (
        <CheckboxGroupField
          {...common}
          options={spec.options(plan)}
          emptyText={spec.emptyText}
          value={value as string[]}
          onChange={onChange}
        />
      );
  }
}
