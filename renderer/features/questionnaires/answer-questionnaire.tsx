import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  optionsOf,
  type AnswerOption,
  type QuestionnaireForm,
} from '../../../shared/questionnaires/questionnaire-form';
import { followUpAsked } from '../../../shared/questionnaires/questionnaire-score';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { draftLike, questionnaireDraftForm, useDrafts } from '../../lib/drafts-context';
import { useAnswerQuestionnaire } from './api';
import { QuestionStep } from './answer-steps';
import { QuestionnaireResult } from './questionnaire-result';

/** What is kept of a half-answered form across a lock: each answer's points as text ('' for none). */
interface AnswerDraft extends Record<string, unknown> {
  step: string;
  answers: string[];
  followUp: string;
}

const points = (text: string): number | null => (text === '' ? null : Number(text));

/** The last step: the closing question once a problem was checked, else the last item. */
const lastStepOf = (form: QuestionnaireForm, answers: readonly string[]): number =>
  followUpAsked(form, { items: answers.map(points) }) ? form.items.length : form.items.length - 1;

/**
 * A kept draft, if it still fits the form: as many answers as items, each one of the form's options
 * (or none), and a step the form has.
 */
function keptDraft(kept: unknown, form: QuestionnaireForm): AnswerDraft | undefined {
  const blank: AnswerDraft = { step: '0', answers: form.items.map(() => ''), followUp: '' };
  const draft = draftLike(kept, blank);
  if (!draft || draft.answers.length !== form.items.length) return undefined;
  const options = (choices: readonly AnswerOption[]) => new Set(['', ...choices.map((o) => String(o.points))]);
  if (!draft.answers.every((answer, index) => options(optionsOf(form, index)).has(answer))) return undefined;
  if (!options(form.followUp?.options ?? []).has(draft.followUp)) return undefined;
  const step = Number(draft.step);
  if (!Number.isInteger(step) || step < 0) return undefined;
  return { ...draft, step: String(Math.min(step, lastStepOf(form, draft.answers))) };
}

/**
 * A questionnaire answered one question at a time, with Back and a count of where I am. A form left
 * half-answered is kept as a draft (across a lock too) and comes back where I left it. Saving sends
 * the answers only: main works out the score, and the result follows.
 */
export function AnswerQuestionnaire({ form }: { form: QuestionnaireForm }) {
  const drafts = useDrafts();
  const draftForm = questionnaireDraftForm(form.id);
  const [draft, setDraft] = useState<AnswerDraft>(
    () => keptDraft(drafts.kept(draftForm), form) ?? { step: '0', answers: form.items.map(() => ''), followUp: '' },
  );
  const [answeredId, setAnsweredId] = useState<string>();
  const { run: answer, pending } = useAnswerQuestionnaire();
  // Set at once (state would wait for a render): a second Enter while saving saves nothing more.
  const saving = useRef(false);
  const [problem, setProblem] = useState<string>();

  const answers = draft.answers.map(points);
  const step = Number(draft.step);
  const lastStep = lastStepOf(form, draft.answers);

  useEffect(() => {
    if (answeredId) return;
    if (draft.answers.some((text) => text !== '')) drafts.keep(draftForm, draft);
  }, [draft, drafts, draftForm, answeredId]);

  if (answeredId) return <QuestionnaireResult form={form} responseId={answeredId} />;

  const save = async (final: AnswerDraft) => {
    if (saving.current) return;
    saving.current = true;
    setProblem(undefined);
    const result = await answer({
      form: form.id,
      version: form.version,
      items: final.answers.map(points),
      followUp: followUpAsked(form, { items: final.answers.map(points) }) ? points(final.followUp) : null,
    });
    if (!result.ok) {
      saving.current = false;
      setProblem(result.error.message);
      return;
    }
    drafts.drop(draftForm);
    setAnsweredId(result.value.answeredId);
  };

  const goOn = (from: AnswerDraft) => {
    if (saving.current) return;
    const at = Number(from.step);
    if (at >= lastStepOf(form, from.answers)) void save(from);
    else setDraft({ ...from, step: String(at + 1) });
  };

  const choose = (chosen: number, andNext: boolean) => {
    if (saving.current) return;
    const next =
      step < form.items.length
        ? { ...draft, answers: draft.answers.map((text, index) => (index === step ? String(chosen) : text)) }
        : { ...draft, followUp: String(chosen) };
    setDraft(next);
    if (andNext) goOn(next);
  };

  const followUp = step >= form.items.length ? form.followUp : undefined;
  return (
    <>
      <PageHeading description={form.measures}>The {form.shortName}</PageHeading>
      {form.intro && <p className="questionnaire-intro">{form.intro}</p>}
      {followUp ? (
        <QuestionStep
          stem={form.stem}
          question={followUp.text}
          options={followUp.options}
          chosen={points(draft.followUp)}
          position="One last question, not part of the score"
          onChoose={choose}
          onNext={() => goOn(draft)}
          onBack={() => setDraft({ ...draft, step: String(step - 1) })}
          nextLabel="Save my answers"
          pending={pending}
        />
      ) : (
        <QuestionStep
          stem={form.stem}
          question={form.items[step]!}
          options={optionsOf(form, step)}
          chosen={answers[step] ?? null}
          position={`Question ${step + 1} of ${form.items.length}`}
          onChoose={choose}
          onNext={() => goOn(draft)}
          onBack={step > 0 ? () => setDraft({ ...draft, step: String(step - 1) }) : undefined}
          nextLabel={step === lastStep ? 'Save my answers' : 'Next'}
          pending={pending}
        />
      )}
      {problem && <Notice tone="error">{problem}</Notice>}
      <p className="questionnaire-credit muted">{form.credit}</p>
      {form.adaptation && <p className="questionnaire-credit muted">{form.adaptation}</p>}
      <p>
        <Link to="/questionnaires">Back to my questionnaires</Link>{' '}
        <span className="muted">(my answers so far are kept)</span>
      </p>
    </>
  );
}
