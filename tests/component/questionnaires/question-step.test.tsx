import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QuestionStep } from '../../../renderer/features/questionnaires/answer-steps';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';

const phq9 = questionnaireForm('phq-9');

function renderStep(chosen: number | null = null) {
  const onChoose = vi.fn();
  const onNext = vi.fn();
  const onBack = vi.fn();
  render(
    <QuestionStep
      stem={phq9.stem}
      question={phq9.items[0]!}
      options={phq9.options}
      chosen={chosen}
      position="Question 1 of 9"
      onChoose={onChoose}
      onNext={onNext}
      onBack={onBack}
      nextLabel="Next"
    />,
  );
  return { onChoose, onNext, onBack, user: userEvent.setup() };
}

describe('one questionnaire question', () => {
  it('reads the question with the stem and the count, with nothing chosen, and takes the focus', () => {
    renderStep();
    const group = screen.getByRole('group', { name: 'Little interest or pleasure in doing things' });
    expect(group).toHaveAccessibleDescription(`${phq9.stem} Question 1 of 9`);
    expect(screen.getByText('Little interest or pleasure in doing things')).toHaveFocus();
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).checked)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('a number key chooses that answer and goes on; a held key or one with no answer does nothing', async () => {
    const { onChoose, onNext, user } = renderStep();
    await user.keyboard('3');
    expect(onChoose).toHaveBeenCalledWith(2, true);
    await user.keyboard('5');
    await user.keyboard('0');
    expect(onChoose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByText('Little interest or pleasure in doing things'), { key: '2', repeat: true });
    expect(onChoose).toHaveBeenCalledTimes(1);
    // The step itself only says what was chosen: going on is the form's (onChoose's `true`).
    expect(onNext).not.toHaveBeenCalled();
  });

  it('a click chooses without going on; Enter goes on only once an answer is chosen; Back goes back', async () => {
    const first = renderStep();
    await first.user.click(screen.getByText('Several days'));
    expect(first.onChoose).toHaveBeenCalledWith(1, false);
    await first.user.keyboard('{Enter}');
    expect(first.onNext).not.toHaveBeenCalled();
    await first.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(first.onBack).toHaveBeenCalledTimes(1);
  });

  it('with an answer chosen, Enter and the button both go on', async () => {
    const { onNext, user } = renderStep(1);
    expect(screen.getByRole('radio', { name: 'Several days' })).toBeChecked();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledTimes(2);
  });
});
