import { useState } from 'react';
import { addSubstanceSchema } from '../../../shared/substance-use/substance-use-requests';
import type { Substance, SubstanceFields } from '../../../shared/substance-use/substance-use';
import type { StandardDrinkDefinition } from '../../../shared/substance-use/standard-drinks';
import { unitLabel } from '../../../shared/substance-use/substance-words';
import { FormFrame } from '../../components/form-frame';
import { RadioGroupField, TextField } from '../../components/form-fields';
import { useAddSubstance, useEditSubstance } from './api';

interface SubstanceDraft {
  name: string;
  kind: SubstanceFields['kind'];
  unit: string;
  goal: SubstanceFields['goal']['kind'];
  dailyLimit: string;
}

type Errors = Partial<Record<'name' | 'unit' | 'dailyLimit', string>>;

const blankDraft: SubstanceDraft = { name: '', kind: 'other', unit: '', goal: 'free', dailyLimit: '' };

const draftOf = (substance: Substance): SubstanceDraft => ({
  name: substance.name,
  kind: substance.kind,
  unit: substance.unit,
  goal: substance.goal.kind,
  dailyLimit: substance.goal.kind === 'cut-down' ? String(substance.goal.dailyLimit) : '',
});

/** The fields main receives, or what is wrong, by field. */
function fieldsOfDraft(draft: SubstanceDraft): { fields: SubstanceFields } | { errors: Errors } {
  if (draft.name.trim() === '') return { errors: { name: 'Write its name: alcohol, cannabis, nicotine…' } };
  const limit = Number(draft.dailyLimit.trim().replace(',', '.'));
  if (draft.goal === 'cut-down' && (draft.dailyLimit.trim() === '' || !Number.isFinite(limit) || limit < 0)) {
    return { errors: { dailyLimit: 'Write my daily limit as a number, such as 2 or 0.5.' } };
  }
  const checked = addSubstanceSchema.safeParse({
    name: draft.name.trim(),
    kind: draft.kind,
    unit: draft.kind === 'alcohol' ? '' : draft.unit.trim(),
    goal: draft.goal === 'free' ? { kind: 'free' } : { kind: 'cut-down', dailyLimit: limit },
  });
  if (checked.success) return { fields: checked.data };
  const errors: Errors = {};
  for (const issue of checked.error.issues) {
    const field = issue.path[0] === 'goal' ? 'dailyLimit' : issue.path[0];
    if (field === 'name' || field === 'unit' || field === 'dailyLimit') errors[field] ??= issue.message;
  }
  return { errors };
}

/** What a substance is and my goal for it: the same fields to add one and to change one. */
function SubstanceFieldsInputs({
  draft,
  onChange,
  errors,
  drink,
}: {
  draft: SubstanceDraft;
  onChange(draft: SubstanceDraft): void;
  errors: Errors;
  drink: StandardDrinkDefinition;
}) {
  const set = <K extends keyof SubstanceDraft>(key: K, value: SubstanceDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <TextField label="Name" value={draft.name} onChange={(name) => set('name', name)} error={errors.name} />
      <RadioGroupField
        label="Counted in"
        value={draft.kind}
        onChange={(kind) => set('kind', kind)}
        options={[
          { value: 'alcohol', label: `Standard drinks (${drink.name})`, hint: 'for alcohol' },
          { value: 'other', label: 'A unit of my own' },
        ]}
      />
      {draft.kind === 'other' && (
        <TextField
          label="My unit"
          hint="What I count: joints, grams, pills, cigarettes"
          value={draft.unit}
          onChange={(unit) => set('unit', unit)}
          error={errors.unit}
        />
      )}
      <RadioGroupField
        label="My goal"
        value={draft.goal}
        onChange={(goal) => set('goal', goal)}
        options={[
          { value: 'free', label: 'Not to use it', hint: 'any use counts as a lapse' },
          { value: 'cut-down', label: 'To cut down to a daily limit', hint: 'a day over the limit counts as a lapse' },
        ]}
      />
      {draft.goal === 'cut-down' && (
        <TextField
          label={`My daily limit (${unitLabel(draft, drink)})`}
          value={draft.dailyLimit}
          onChange={(dailyLimit) => set('dailyLimit', dailyLimit)}
          error={errors.dailyLimit}
        />
      )}
    </>
  );
}

/** Adds a substance to track, or changes one; the days written stay as they are. */
export function SubstanceForm({
  substance,
  drink,
  onDone,
}: {
  /** The substance to change; absent to add one. */
  substance?: Substance;
  drink: StandardDrinkDefinition;
  onDone(said?: string): void;
}) {
  const [draft, setDraft] = useState(() => (substance ? draftOf(substance) : blankDraft));
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddSubstance();
  const edit = useEditSubstance();

  async function save() {
    const checked = fieldsOfDraft(draft);
    setErrors('errors' in checked ? checked.errors : {});
    if ('errors' in checked) return undefined;
    const { fields } = checked;
    return substance
      ? { result: await edit.run({ id: substance.id, fields }), success: `Saved ${fields.name}.` }
      : { result: await add.run(fields), success: `Added ${fields.name}. Its days can be filled in below.` };
  }

  return (
    <FormFrame
      title={substance ? `Edit ${substance.name}` : 'Add a substance'}
      level={substance ? 3 : 2}
      submitLabel={substance ? 'Save' : 'Add substance'}
      save={save}
      onDone={onDone}
    >
      <SubstanceFieldsInputs draft={draft} onChange={setDraft} errors={errors} drink={drink} />
    </FormFrame>
  );
}
