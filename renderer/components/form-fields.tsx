import { useId, type ReactNode } from 'react';
import { earliestDate, latestDate } from '../../shared/dates/calendar-date';

/** The ids a control's `aria-describedby` names for its hint and error. */
export function describedByFor(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error, with the ids `describedByFor` points at. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
  children(control: { id: string; describedBy: string | undefined; invalid: true | undefined }): ReactNode;
}

/** Label, hint and error around one control, tied together for screen readers. */
function FieldFrame({ label, hint, error, children }: FieldFrameProps) {
  const id = useId();
  const describedBy = describedByFor(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

interface ValueFieldProps<T> {
  label: string;
  value: T;
  onChange(value: T): void;
  onBlur?(): void;
  hint?: string;
  error?: string;
}

export function TextField({ maxLength, ...props }: ValueFieldProps<string> & { maxLength?: number }) {
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          maxLength={maxLength}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ rows = 3, ...props }: ValueFieldProps<string> & { rows?: number }) {
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FieldFrame>
  );
}

/** A calendar day; an empty field means "no date". */
export function DateField(props: ValueFieldProps<string | null>) {
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="date"
          min={earliestDate}
          max={latestDate}
          value={props.value ?? ''}
          onChange={(event) => props.onChange(event.target.value === '' ? null : event.target.value)}
          onBlur={props.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FieldFrame>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>({
  options,
  ...props
}: ValueFieldProps<T> & { options: readonly Choice<T>[] }) {
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value as T)}
          onBlur={props.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} />
    </div>
  );
}

/** Several of a set: a fieldset of checkboxes with one legend. */
export function CheckboxGroupField<T extends string>({
  label,
  hint,
  error,
  options,
  value,
  onChange,
  emptyText,
  chips,
}: ValueFieldProps<readonly T[]> & {
  options: readonly Choice<T>[];
  emptyText?: string;
  /** Compact toggle chips in rows (a check-in's strategies and signs) instead of a column. */
  chips?: boolean;
}) {
  const id = useId();
  const describedBy = describedByFor(id, hint, error);
  const toggle = (option: T, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === option || value.includes(v))
        : value.filter((v) => v !== option),
    );
  return (
    <fieldset className={`field checkbox-group${chips ? ' chips' : ''}`} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {options.length === 0 && emptyText && <p className="field-hint">{emptyText}</p>}
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export interface RadioChoice<T extends string> extends Choice<T> {
  /** Said under the choice; with `disabled`, why it cannot be chosen. */
  hint?: string;
  disabled?: boolean;
}

/** One of a set, each choice visible: a fieldset of radio buttons with one legend. */
export function RadioGroupField<T extends string>({
  label,
  hint,
  options,
  value,
  onChange,
}: ValueFieldProps<T> & { options: readonly RadioChoice<T>[] }) {
  const id = useId();
  return (
    <fieldset className="field checkbox-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              disabled={option.disabled}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint && (
                <span className="field-hint" id={`${id}-${option.value}-hint`}>
                  {' '}
                  ({option.hint})
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} />
    </fieldset>
  );
}
