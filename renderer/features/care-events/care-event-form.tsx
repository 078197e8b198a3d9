import { useState } from 'react';
import {
  careEventFieldsSchema,
  careEventKinds,
  careEventKindWords,
  type CareEventFields,
} from '../../../shared/care-events/care-event';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from '../../components/form-fields';
import { FormFrame } from '../../components/form-frame';
import { formatDate } from '../../lib/format-date';
import { useAddCareEvent, useEditCareEvent } from './api';

type Errors = Partial<Record<'day' | 'until' | 'words' | 'notes', string>>;

const blankEvent = (today: string): CareEventFields => ({
  kind: 'appointment-kept',
  day: today,
  until: null,
  words: '',
  notes: '',
});

/** The fields main receives, or what is wrong, by field, in words for this form. */
function checkedFields(draft: CareEventFields, today: string): { fields: CareEventFields } | { errors: Errors } {
  if (!draft.day) return { errors: { day: 'Choose the day it happened.' } };
  if (draft.day > today) return { errors: { day: `Choose today (${formatDate(today)}) or an earlier day.` } };
  const checked = careEventFieldsSchema.safeParse({ ...draft, words: draft.words.trim(), notes: draft.notes.trim() });
  if (checked.success) return { fields: checked.data };
  const errors: Errors = {};
  for (const issue of checked.error.issues) {
    const field = issue.path[0];
    if (field === 'day' || field === 'until' || field === 'words' || field === 'notes') errors[field] ??= issue.message;
  }
  return { errors };
}

/**
 * Writes an event of care (an emergency visit, a hospital stay, an appointment kept or missed), or
 * changes one: the day, the last day of a stay, a few words and notes.
 */
export function CareEventForm({
  event,
  id,
  today,
  onDone,
}: {
  /** The event to change, as I wrote it; absent to write a new one. */
  event?: CareEventFields;
  id?: string;
  today: string;
  onDone(said?: string): void;
}) {
  const [draft, setDraft] = useState<CareEventFields>(() => event ?? blankEvent(today));
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddCareEvent();
  const edit = useEditCareEvent();
  const set = <K extends keyof CareEventFields>(key: K, value: CareEventFields[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const severalDays = draft.until !== null;

  async function save() {
    const checked = checkedFields(draft, today);
    setErrors('errors' in checked ? checked.errors : {});
    if ('errors' in checked) return undefined;
    const { fields } = checked;
    const said = `${careEventKindWords[fields.kind]} on ${formatDate(fields.day)}`;
    return event && id
      ? { result: await edit.run({ id, fields }), success: `Saved: ${said}.` }
      : { result: await add.run(fields), success: `Added: ${said}. It is marked on my charts.` };
  }

  return (
    <FormFrame
      title={event ? 'Change this event' : 'Add an event'}
      level={3}
      submitLabel={event ? 'Save' : 'Add event'}
      save={save}
      onDone={onDone}
    >
      <SelectField
        label="What happened"
        value={draft.kind}
        onChange={(kind) => set('kind', kind)}
        options={careEventKinds.map((kind) => ({ value: kind, label: careEventKindWords[kind] }))}
      />
      <DateField
        label={severalDays ? 'First day' : 'Day'}
        value={draft.day}
        onChange={(day) => set('day', day ?? '')}
        error={errors.day}
      />
      <CheckboxField
        label="It lasted more than one day"
        checked={severalDays}
        onChange={(checked) => set('until', checked ? draft.day : null)}
      />
      {severalDays && (
        <DateField
          label="Last day"
          value={draft.until}
          onChange={(until) => set('until', until ?? draft.day)}
          error={errors.until}
        />
      )}
      <TextField
        label="A few words (optional)"
        hint="Who or where: Dr Okafor, review; A&E at St Mary’s"
        value={draft.words}
        onChange={(words) => set('words', words)}
        error={errors.words}
      />
      <TextAreaField
        label="Notes (optional)"
        value={draft.notes}
        onChange={(notes) => set('notes', notes)}
        error={errors.notes}
      />
      <p className="muted">Medication changes are added from my medication list by themselves.</p>
    </FormFrame>
  );
}
