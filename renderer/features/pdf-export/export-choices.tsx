import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { planAreas } from '../../../shared/plan/plan-diff';
import {
  contactDetailChoices,
  maxExtraCharts,
  reportAudiences,
  reportRangePresets,
  type ContactDetailChoice,
  type PaperSize,
  needsRange,
  type RememberedChoices,
  type ReportAudience,
  type ReportRangePreset,
} from '../../../shared/pdf-export/report-choices';
import {
  CheckboxField,
  CheckboxGroupField,
  DateField,
  RadioGroupField,
  TextAreaField,
  TextField,
} from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { formatDate } from '../../lib/format-date';
import { planAreaTitles } from '../../lib/plan-area-titles';

type Choices = RememberedChoices;

/** How a section of the form passes on a change to some of the choices. */
type ChangeChoices = (update: Partial<Choices>) => void;

const audienceLabels: Record<ReportAudience, { label: string; hint: string }> = {
  therapist: { label: 'My therapist or counsellor', hint: 'the whole plan, what changed, what helps' },
  doctor: { label: 'My doctor', hint: 'goals, coping, warning signs, safety plan, care team' },
  physio: {
    label: 'My physiotherapist or another physical-care clinician',
    hint: 'pain and my own measures charted, my setback plan for a flare-up',
  },
  sponsor: { label: 'My sponsor or a peer supporter', hint: 'day-to-day parts, no one’s phone number' },
  family: { label: 'Family or a friend', hint: 'supportive parts, lapses left out' },
};

const contactDetailLabels: Record<ContactDetailChoice, string> = {
  none: 'Leave them out everywhere',
  safetyPlan: 'Only in my safety plan',
  all: 'Everywhere in my plan',
};

const rangeLabels: Record<ReportRangePreset, string> = {
  '30-days': 'Last 30 days',
  '3-months': 'Last 3 months',
  '6-months': 'Last 6 months',
  'since-review': 'Since my last review',
  custom: 'Dates I choose',
};

const noReviewHint = 'you have not reviewed your plan yet';

/** Who the PDF is for; choosing sets the other choices to suit them. */
export function AudienceChoice({
  audience,
  onChoose,
}: {
  audience: ReportAudience;
  onChoose(audience: ReportAudience): void;
}) {
  return (
    <section className="card" aria-labelledby="export-audience">
      <h2 id="export-audience">Who it is for</h2>
      <RadioGroupField
        label="I am making this PDF for"
        hint="Sets the choices below to suit them; you can still change any of them."
        options={reportAudiences.map((option) => ({
          value: option,
          label: audienceLabels[option].label,
          hint: audienceLabels[option].hint,
        }))}
        value={audience}
        onChange={onChoose}
      />
    </section>
  );
}

/** The parts of my plan to include, where my safety plan goes, and what changed since my last review. */
export function PlanPartsChoices({
  choices,
  lastReviewOn,
  onChange,
}: {
  choices: Choices;
  lastReviewOn: string | null;
  onChange: ChangeChoices;
}) {
  const hasReview = lastReviewOn !== null;
  return (
    <section className="card" aria-labelledby="export-plan">
      <h2 id="export-plan">Your plan</h2>
      <CheckboxGroupField
        label="Parts of the plan to include"
        options={planAreas.map((area) => ({ value: area, label: planAreaTitles[area] }))}
        value={choices.planAreas}
        onChange={(areas) => onChange({ planAreas: [...areas] })}
      />
      <div className="button-row">
        <button
          type="button"
          className="button-quiet button-small"
          onClick={() => onChange({ planAreas: [...planAreas] })}
        >
          Include all
        </button>
        <button type="button" className="button-quiet button-small" onClick={() => onChange({ planAreas: [] })}>
          Include none
        </button>
      </div>
      <CheckboxField
        label="Put my safety plan first, on its own page"
        checked={choices.safetyPlanFirst}
        onChange={(safetyPlanFirst) => onChange({ safetyPlanFirst })}
      />
      <CheckboxField
        label={`What changed since my last review${hasReview ? ` (${formatDate(lastReviewOn!)})` : ''}`}
        checked={choices.changesSinceReview && hasReview}
        onChange={(changesSinceReview) => onChange({ changesSinceReview })}
        disabled={!hasReview}
        hint={hasReview ? 'Covers the parts of the plan you include.' : `Not available: ${noReviewHint}.`}
      />
    </section>
  );
}

/** The charts of my check-ins, the dates they (and my notes) come from, milestones and what helps. */
export function ProgressChoices({
  choices,
  lastReviewOn,
  extraMetrics,
  customInvalid,
  onChange,
}: {
  choices: Choices;
  lastReviewOn: string | null;
  /** The measures besides mood that I track, any of which can be charted too. */
  extraMetrics: TrackedMetric[];
  customInvalid: boolean;
  onChange: ChangeChoices;
}) {
  const { progress } = choices;
  const hasReview = lastReviewOn !== null;
  const withRange = needsRange(choices);
  const changeQuestionnaires = (update: Partial<Choices['questionnaires']>) =>
    onChange({ questionnaires: { ...choices.questionnaires, ...update } });
  const changeProgress = (update: Partial<Choices['progress']>) => onChange({ progress: { ...progress, ...update } });
  return (
    <section className="card" aria-labelledby="export-progress">
      <h2 id="export-progress">Progress</h2>
      <CheckboxField
        label="Include charts of my check-ins"
        checked={progress.include}
        onChange={(include) => changeProgress({ include })}
      />
      <CheckboxField
        label="Include my questionnaire results"
        checked={choices.questionnaires.include}
        onChange={(include) => changeQuestionnaires({ include })}
        hint="Each questionnaire’s latest score on page 1, and every one I answered in these dates with its range and change."
      />
      {choices.questionnaires.include && (
        <CheckboxField
          label="With my answer to each question"
          checked={choices.questionnaires.itemAnswers}
          onChange={(itemAnswers) => changeQuestionnaires({ itemAnswers })}
        />
      )}
      <CheckboxField
        label="Include my medications"
        checked={choices.medications}
        onChange={(medications) => onChange({ medications })}
        hint="On page 1, what changed in the last 30 days and how often each was taken on time; then my list, its changes, doses by week and side effects."
      />
      <CheckboxField
        label="Include my substance use by day"
        checked={choices.substanceUse}
        onChange={(substanceUse) => onChange({ substanceUse })}
        hint="On page 1, days used and amounts against the 30 days before; then a calendar by week."
      />
      {withRange && (
        <RadioGroupField
          label="Check-ins from"
          options={reportRangePresets.map((preset) => ({
            value: preset,
            label: rangeLabels[preset],
            disabled: preset === 'since-review' && !hasReview,
            hint: preset === 'since-review' ? (hasReview ? formatDate(lastReviewOn!) : noReviewHint) : undefined,
          }))}
          value={progress.range}
          onChange={(range) => changeProgress({ range })}
        />
      )}
      {withRange && progress.range === 'custom' && (
        <div className="date-pair">
          <DateField
            label="From"
            value={progress.custom.from}
            onChange={(from) => from && changeProgress({ custom: { ...progress.custom, from } })}
            error={customInvalid ? 'The start must not be after the end.' : undefined}
          />
          <DateField
            label="To"
            value={progress.custom.to}
            onChange={(to) => to && changeProgress({ custom: { ...progress.custom, to } })}
          />
        </div>
      )}
      {progress.include && (
        <>
          <CheckboxGroupField
            label="Chart these measures too (mood is always charted)"
            hint={`Up to ${maxExtraCharts}; one chart each.`}
            options={extraMetrics.map((metric) => ({ value: metric.key, label: metric.label }))}
            value={progress.metrics}
            onChange={(metrics) => changeProgress({ metrics: metrics.slice(0, maxExtraCharts) })}
            emptyText="Turn on more measures on the Check-ins screen to chart them here."
          />
          <CheckboxField
            label="List my milestones"
            checked={progress.milestones}
            onChange={(milestones) => changeProgress({ milestones })}
          />
          <CheckboxField
            label="Coping strategies and my mood (what helps)"
            checked={progress.whatHelps}
            onChange={(whatHelps) => changeProgress({ whatHelps })}
          />
        </>
      )}
    </section>
  );
}

/** What personal things go in: people's numbers, my safety plan's most personal steps, lapses, notes. */
export function SharingChoices({ choices, onChange }: { choices: Choices; onChange: ChangeChoices }) {
  const safetyPlanIn = choices.safetyPlanFirst || choices.planAreas.includes('safetyPlan');
  return (
    <section className="card" aria-labelledby="export-sharing">
      <h2 id="export-sharing">What to share</h2>
      <RadioGroupField
        label="Phone numbers and contact details"
        hint="Of the people, services and crisis lines in your plan."
        options={contactDetailChoices.map((choice) => ({ value: choice, label: contactDetailLabels[choice] }))}
        value={choices.contactDetails}
        onChange={(contactDetails) => onChange({ contactDetails })}
      />
      {choices.audience === 'doctor' && safetyPlanIn && choices.contactDetails !== 'none' && (
        <Notice tone="info" title="A PDF for my doctor may be filed in my medical record.">
          <p>
            My safety plan brings the phone numbers of the friends and family I named in it with it. Public crisis lines
            keep their numbers either way.
          </p>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => onChange({ contactDetails: 'none' })}
          >
            Leave people’s numbers out
          </button>
        </Notice>
      )}
      {safetyPlanIn && (
        <CheckboxField
          label="Include my reasons for living and how I make my surroundings safer"
          checked={choices.safetyPlanPersonalSteps}
          onChange={(safetyPlanPersonalSteps) => onChange({ safetyPlanPersonalSteps })}
          hint="The most personal steps of my safety plan. Left out, the PDF says they are not shared in this copy."
        />
      )}
      <CheckboxField
        label="Show my lapses"
        checked={choices.lapses}
        onChange={(lapses) => onChange({ lapses })}
        hint="Their dates on page 1, the charts and the counters. Without them, only my days in recovery are counted."
      />
      <CheckboxField
        label="Include my check-in notes"
        checked={choices.journalNotes}
        onChange={(journalNotes) => onChange({ journalNotes })}
        hint="Your notes are private journal writing: they stay out of the PDF unless you tick this."
      />
    </section>
  );
}

/** My questions for the session, the name and filing details on page 1, and the paper size. */
export function SessionExtras({
  choices,
  onChange,
  onChoosePaper,
}: {
  choices: Choices;
  onChange: ChangeChoices;
  onChoosePaper(paper: PaperSize): void;
}) {
  return (
    <section className="card" aria-labelledby="export-extras">
      <h2 id="export-extras">For my next session</h2>
      <TextAreaField
        label="Questions and topics for my next session"
        hint="Printed first, on page 1. Kept here until you clear them, even if you leave this screen."
        value={choices.questions}
        onChange={(questions) => onChange({ questions })}
        rows={4}
      />
      <div className="button-row">
        <button
          type="button"
          className="button-quiet button-small"
          disabled={!choices.questions}
          onClick={() => onChange({ questions: '' })}
        >
          Clear my questions
        </button>
      </div>
      <TextField
        label="Name or initials on the title page"
        hint="Optional. Leave empty for no name."
        value={choices.preparedFor}
        onChange={(preparedFor) => onChange({ preparedFor })}
        maxLength={80}
      />
      <IdentityFields identity={choices.identity} onChange={(identity) => onChange({ identity })} />
      <RadioGroupField
        label="Paper size"
        hint="Remembered for next time."
        options={[
          { value: 'a4', label: 'A4' },
          { value: 'letter', label: 'US Letter' },
        ]}
        value={choices.paper}
        onChange={onChoosePaper}
      />
    </section>
  );
}

/** For filing in a record: my date of birth and the clinic's record number, printed on page 1 with my name. */
function IdentityFields({
  identity,
  onChange,
}: {
  identity: Choices['identity'];
  onChange(identity: Choices['identity']): void;
}) {
  return (
    <fieldset className="field-group">
      <legend>For filing in my record (optional)</legend>
      <p className="field-hint">
        Printed on page 1 beside the name above, so a clinic can file the PDF. Leave them empty to leave them out.
      </p>
      <DateField
        label="My date of birth"
        value={identity.dateOfBirth}
        onChange={(dateOfBirth) => onChange({ ...identity, dateOfBirth })}
      />
      <TextField
        label="My record number at the clinic"
        value={identity.recordNumber}
        onChange={(recordNumber) => onChange({ ...identity, recordNumber })}
        maxLength={40}
      />
    </fieldset>
  );
}
