import type { QuestionnaireId } from '../../shared/questionnaires/questionnaire-form';
import type { QuestionnaireCadence, QuestionnaireResponse } from '../../shared/questionnaires/questionnaire-response';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** Every stored response, oldest first (by day, then by the moment it was saved). */
export function readResponses(db: ReadableDatabase): QuestionnaireResponse[] {
  return selectRows(
    db,
    `SELECT id, form, form_version AS version, day, answered_at AS answeredAt, answers_json AS answers,
            follow_up AS followUp
       FROM questionnaire_responses ORDER BY day, answered_at, id`,
    [],
    {
      id: 'text',
      form: 'text',
      version: 'integer',
      day: 'text',
      answeredAt: 'text',
      answers: 'text',
      followUp: 'integer?',
    },
  ).map(({ answers, form, ...row }) => ({
    ...row,
    form: form as QuestionnaireId,
    items: JSON.parse(answers) as number[],
  }));
}

/** Stores a response whose answers have been checked against its form (`completedAnswersSchema`). */
export function insertResponse(db: WritableDatabase, response: QuestionnaireResponse): void {
  db.run(
    `INSERT INTO questionnaire_responses (id, form, form_version, day, answered_at, answers_json, follow_up)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      response.id,
      response.form,
      response.version,
      response.day,
      response.answeredAt,
      JSON.stringify(response.items),
      response.followUp,
    ],
  );
}

export function deleteResponse(db: WritableDatabase, id: string): void {
  const found = selectRow(db, 'SELECT 1 AS found FROM questionnaire_responses WHERE id = ?', [id], {
    found: 'integer',
  });
  if (!found) throw new RequestError('NOT_FOUND', 'That questionnaire answer no longer exists.');
  db.run('DELETE FROM questionnaire_responses WHERE id = ?', [id]);
}

/** The cadence of each form the person scheduled; a form not here is not scheduled. */
export function readSchedules(db: ReadableDatabase): Map<QuestionnaireId, QuestionnaireCadence> {
  const rows = selectRows(db, 'SELECT form, cadence FROM questionnaire_schedules', [], {
    form: 'text',
    cadence: 'text',
  });
  return new Map(rows.map((row) => [row.form as QuestionnaireId, row.cadence as QuestionnaireCadence]));
}

export function writeSchedule(db: WritableDatabase, form: QuestionnaireId, cadence: QuestionnaireCadence): void {
  if (cadence === 'none') db.run('DELETE FROM questionnaire_schedules WHERE form = ?', [form]);
  else {
    db.run(
      'INSERT INTO questionnaire_schedules (form, cadence) VALUES (?, ?) ON CONFLICT (form) DO UPDATE SET cadence = excluded.cadence',
      [form, cadence],
    );
  }
}
