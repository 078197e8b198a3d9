import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import { checkInToday } from '../check-ins/check-in-today';
import type { Clock } from '../ports/clock';
import { deleteResponse, insertResponse, writeSchedule } from './questionnaire-repository';
import { readQuestionnairesView } from './questionnaires-view';

export type QuestionnaireChannel = Extract<InvokeChannel, `questionnaires.${string}`>;

/**
 * The questionnaire channels. Answers arrive checked by the contract (every item one of the form's
 * options, none missing); the total, band and change are worked out here and never taken from the
 * renderer. Each answers with the whole view as of the check-in day.
 */
export function createQuestionnaireHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  const view = () => readQuestionnairesView(vault.db, checkInToday(vault.db, clock));
  const handlers: Pick<IpcHandlers, QuestionnaireChannel> = {
    'questionnaires.get': view,
    'questionnaires.answer': (answers) => {
      const id = newId();
      vault.change((db) =>
        insertResponse(db, {
          ...answers,
          items: answers.items as number[],
          id,
          day: checkInToday(db, clock),
          answeredAt: clock.now().toISOString(),
        }),
      );
      const answered = view();
      return { ...answered, answeredId: id };
    },
    'questionnaires.delete': ({ id }) => {
      vault.change((db) => deleteResponse(db, id));
      return view();
    },
    'questionnaires.schedule': ({ form, cadence }) => {
      vault.change((db) => writeSchedule(db, form, cadence));
      return view();
    },
  };
  return handlers;
}
