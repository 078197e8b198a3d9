import { useState } from 'react';
import { addMedicationSchema, changeMedicationSchema } from '../../../shared/medications/medication-requests';
import type { Medication } from '../../../shared/medications/medication';
import { FormFrame } from '../../components/form-frame';
import { CheckboxField, SelectField, TextAreaField, TextField, type Choice } from '../../components/form-fields';
import { usePlanView } from '../../lib/shared-queries';
import { useAddMedication, useChangeMedication, useEditMedication } from './api';
import {
  blankMedication,
  blankVersion,
  detailsFromDraft,
  problemsByField,
  versionFromDraft,
  type DraftField,
  type MedicationDraft,
  type VersionDraft,
} from './medication-draft';
import { ScheduleFields } from './schedule-fields';

type Errors = Partial<Record<DraftField, string>>;

/**
 * What a medication is: name, strength, what it is for, who prescribed it, stock, notes, and whether
 * its changes are marked on my charts.
 */
export function MedicationDetailsFields({
  draft,
  onChange,
  errors,
}: {
  draft: MedicationDraft;
  onChange(draft: MedicationDraft): void;
  errors: Errors;
}) {
  const professionals = usePlanView().data?.plan.careTeam.professionals ?? [];
  const prescribers: Choice<string>[] = [
    { value: '', label: 'Nobody chosen' },
    ...professionals.map((professional) => ({
      value: professional.id,
      label: professional.role ? `${professional.name} (${professional.role})` : professional.name,
    })),
  ];
  const set = <K extends keyof MedicationDraft>(key: K, value: MedicationDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <TextField label="Name" value={draft.name} onChange={(name) => set('name', name)} error={errors.name} />
      <div className="field-row">
        <TextField
          label="Strength and form"
          hint="As on the box: 50 mg tablet"
          value={draft.strength}
          onChange={(strength) => set('strength', strength)}
          error={errors.strength}
        />
        <TextField
          label="What it is for"
          value={draft.purpose}
          onChange={(purpose) => set('purpose', purpose)}
          error={errors.purpose}
        />
      </div>
      <SelectField
        label="Prescribed by"
        hint={professionals.length === 0 ? 'People added to my care team can be chosen here.' : undefined}
        value={draft.prescriberId}
        options={prescribers}
        onChange={(prescriberId) => set('prescriberId', prescriberId)}
      />
      <CheckboxField
        label="Count my supply and remind me to get more"
        checked={draft.trackStock}
        onChange={(trackStock) => set('trackStock', trackStock)}
      />
      {draft.trackStock && (
        <div className="field-row">
          <TextField
            label="Doses I have now"
            value={draft.stockCount}
            onChange={(stockCount) => set('stockCount', stockCount)}
            error={errors.stockCount}
          />
          <TextField
            label="Remind me when this many are left"
            value={draft.refillAt}
            onChange={(refillAt) => set('refillAt', refillAt)}
            error={errors.refillAt}
          />
        </div>
      )}
      <TextAreaField label="Notes" value={draft.notes} onChange={(notes) => set('notes', notes)} error={errors.notes} />
      <CheckboxField
        label="Leave its changes off my charts"
        hint="Its start, changes and stop are still kept in its history."
        checked={draft.hiddenFromCharts}
        onChange={(hiddenFromCharts) => set('hiddenFromCharts', hiddenFromCharts)}
      />
    </>
  );
}

/** Adds a medication: what it is, and how I take it from the day I started. */
export function AddMedicationForm({ today, onDone }: { today: string; onDone(said?: string): void }) {
  const [draft, setDraft] = useState(blankMedication);
  const [version, setVersion] = useState(() => blankVersion(today));
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddMedication();

  async function save() {
    const checked = addMedicationSchema.safeParse({
      details: detailsFromDraft(draft),
      first: versionFromDraft(version),
    });
    setErrors(checked.success ? {} : problemsByField(checked.error));
    if (!checked.success) return undefined;
    return { result: await add.run(checked.data), success: `Added ${checked.data.details.name} to my medications.` };
  }

  return (
    <FormFrame title="Add a medication" level={2} submitLabel="Add medication" save={save} onDone={onDone}>
      <MedicationDetailsFields draft={draft} onChange={setDraft} errors={errors} />
      <ScheduleFields draft={version} onChange={setVersion} errors={errors} fromLabel="I started taking it on" />
    </FormFrame>
  );
}

/** Changes what a medication is; its dose and schedule change by `ChangeDoseForm`. */
export function EditDetailsForm({
  id,
  initial,
  onDone,
}: {
  id: string;
  initial: MedicationDraft;
  onDone(said?: string): void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const edit = useEditMedication();

  async function save() {
    const checked = addMedicationSchema.shape.details.safeParse(detailsFromDraft(draft));
    setErrors(checked.success ? {} : problemsByField(checked.error));
    if (!checked.success) return undefined;
    return { result: await edit.run({ id, details: checked.data }), success: `Saved ${checked.data.name}.` };
  }

  return (
    <FormFrame title={`Edit ${initial.name}`} level={3} submitLabel="Save" save={save} onDone={onDone}>
      <MedicationDetailsFields draft={draft} onChange={setDraft} errors={errors} />
    </FormFrame>
  );
}

/** A new dose or schedule from a day on; the way I took it before stays in the history. */
export function ChangeDoseForm({
  id,
  name,
  initial,
  onDone,
}: {
  id: string;
  name: string;
  initial: VersionDraft;
  onDone(said?: string): void;
}) {
  const [version, setVersion] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const change = useChangeMedication();

  async function save() {
    const checked = changeMedicationSchema.safeParse({ id, version: versionFromDraft(version) });
    setErrors(checked.success ? {} : problemsByField(checked.error));
    if (!checked.success) return undefined;
    return {
      result: await change.run(checked.data),
      success: `Saved the change to ${name}. How I took it before stays in its history.`,
    };
  }

  return (
    <FormFrame title={`Change how I take ${name}`} level={3} submitLabel="Save the change" save={save} onDone={onDone}>
      <ScheduleFields draft={version} onChange={setVersion} errors={errors} fromLabel="From" />
    </FormFrame>
  );
}

/** A form about one medication I take: stopping it, noting a side effect. */
export interface OneMedicationFormProps {
  medication: Medication;
  today: string;
  onDone(said?: string): void;
}
