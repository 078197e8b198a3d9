import { useEffect, useId, useRef, useState } from 'react';
import { customMetricSchema, type TrackedMetric } from '../../../shared/metrics/custom-metric';
import { CheckboxField, SelectField, TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import type { IpcResult } from '../../../shared/ipc/error-codes';
import { useAddMeasure, useDeleteMeasure, useSetMeasureEnabled } from './api';
import { useOneAtATime } from '../../lib/use-one-at-a-time';

interface NewMeasure {
  label: string;
  kind: 'scale' | 'yes-no';
  min: string;
  max: string;
  unit: string;
}

const blankMeasure: NewMeasure = { label: '', kind: 'scale', min: '0', max: '10', unit: '' };

/** Which measures a check-in asks for, and the person's own measures. */
export function TrackedMetrics({
  metrics,
  openFromForm,
}: {
  metrics: readonly TrackedMetric[];
  /** Opened by the check-in form's "Choose what to track": open, with focus on it. */
  openFromForm?: boolean;
}) {
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (openFromForm) summary.current?.focus();
  }, [openFromForm]);
  const setEnabled = useSetMeasureEnabled();
  const addMeasure = useAddMeasure();
  const deleteMeasure = useDeleteMeasure();
  const adding = useOneAtATime();
  const id = useId();
  const [measure, setMeasure] = useState<NewMeasure>(blankMeasure);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  // Each problem shows at its own field.
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});

  async function answer(result: IpcResult<unknown>, success: string) {
    if (result.ok) {
      setMessage({ tone: 'success', text: success });
    } else {
      setMessage({ tone: 'error', text: result.error.message });
    }
    return result.ok;
  }

  async function add(): Promise<void> {
    const number = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed));
    // The same schema main checks with, so the form says exactly what main would.
    const checked = customMetricSchema.safeParse({
      label: measure.label.trim(),
      kind: measure.kind,
      min: measure.kind === 'yes-no' ? 0 : number(measure.min),
      max: measure.kind === 'yes-no' ? 1 : number(measure.max),
      unit: measure.kind === 'yes-no' ? '' : measure.unit.trim(),
    });
    if (!checked.success) {
      const errors: Partial<Record<string, string>> = {};
      for (const issue of checked.error.issues) errors[String(issue.path[0] ?? 'label')] ??= issue.message;
      return setFieldErrors(errors);
    }
    setFieldErrors({});
    const result = await addMeasure.run(checked.data);
    if (await answer(result, `Added “${checked.data.label}”. Check-ins now ask for it.`)) setMeasure(blankMeasure);
  }

  return (
    <details className="card tracked-metrics" open={openFromForm || undefined}>
      <summary ref={summary} className="summary-heading">
        Choose what to track
      </summary>
      <fieldset className="checkbox-group">
        <legend>Check-ins ask for mood, and for these:</legend>
        {metrics
          .filter((metric) => metric.key !== 'mood')
          .map((metric) => (
            <div key={metric.key} className="tracked-metric">
              <CheckboxField
                label={metric.label + (metric.builtIn ? '' : ' (your own)')}
                checked={metric.enabled}
                onChange={(enabled) =>
                  void setEnabled
                    .run({ key: metric.key, enabled })
                    .then((result) =>
                      answer(result, `${metric.label} is ${enabled ? 'now asked for' : 'no longer asked for'}.`),
                    )
                }
              />
              {!metric.builtIn && (
                <button
                  type="button"
                  className="button-quiet button-small button-danger"
                  onClick={() =>
                    void deleteMeasure
                      .run({ key: metric.key })
                      .then((result) => answer(result, `Deleted “${metric.label}”.`))
                  }
                >
                  Delete<span className="visually-hidden"> {metric.label}</span>
                </button>
              )}
            </div>
          ))}
      </fieldset>
      <form
        className="add-measure"
        aria-labelledby={`${id}-add`}
        onSubmit={(event) => {
          event.preventDefault();
          void adding.run(add);
        }}
        noValidate
      >
        <h3 id={`${id}-add`}>Add your own measure</h3>
        <div className="entry-fields-inline">
          <TextField
            label="Name"
            value={measure.label}
            maxLength={60}
            onChange={(label) => setMeasure({ ...measure, label })}
            error={fieldErrors.label}
          />
          <SelectField
            label="Kind"
            value={measure.kind}
            options={[
              { value: 'scale', label: 'A number' },
              { value: 'yes-no', label: 'Yes or no' },
            ]}
            onChange={(kind) => setMeasure({ ...measure, kind })}
          />
          {measure.kind === 'scale' && (
            <>
              <TextField
                label="Lowest"
                value={measure.min}
                onChange={(min) => setMeasure({ ...measure, min })}
                error={fieldErrors.min}
              />
              <TextField
                label="Highest"
                value={measure.max}
                onChange={(max) => setMeasure({ ...measure, max })}
                error={fieldErrors.max}
              />
              <TextField
                label="Unit (optional)"
                value={measure.unit}
                maxLength={20}
                onChange={(unit) => setMeasure({ ...measure, unit })}
                error={fieldErrors.unit}
              />
            </>
          )}
        </div>
        <button type="submit" className="button-secondary" {...adding.buttonProps}>
          Add measure
        </button>
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </details>
  );
}
