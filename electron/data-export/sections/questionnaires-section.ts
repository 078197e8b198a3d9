import { z } from 'zod';
import { questionnaireIds } from '../../../shared/questionnaires/questionnaire-forms';
import {
  questionnaireCadences,
  questionnaireIdSchema,
  questionnaireResponseSchema,
  type QuestionnaireResponse,
} from '../../../shared/questionnaires/questionnaire-response';
import { insertResponse, readSchedules, writeSchedule } from '../../questionnaires/questionnaire-repository';
import { readScoredResponses } from '../../questionnaires/questionnaires-view';
import { exportSection } from '../export-section';

const schema = z.strictObject({
  /** Each response with its answers; `total` is written for other tools and ignored on import. */
  responses: z
    .array(questionnaireResponseSchema)
    .max(100_000)
    .refine((responses) => new Set(responses.map((response) => response.id)).size === responses.length, {
      message: 'Two questionnaire responses have the same id.',
    }),
  schedules: z
    .array(z.strictObject({ form: questionnaireIdSchema, cadence: z.enum(questionnaireCadences) }))
    .max(questionnaireIds.length)
    .refine((schedules) => new Set(schedules.map((schedule) => schedule.form)).size === schedules.length, {
      message: 'A questionnaire is scheduled twice.',
    }),
});

/** Questionnaire responses (answers, and the totals worked out from them) and their schedules. */
export const questionnairesExportSection = exportSection({
  key: 'questionnaires',
  schema,
  read: (db) => ({
    responses: readScoredResponses(db).map(({ id, form, version, day, answeredAt, items, followUp, total }) => ({
      id,
      form,
      version,
      day,
      answeredAt,
      items,
      followUp,
      total,
    })),
    schedules: [...readSchedules(db)].map(([form, cadence]) => ({ form, cadence })),
  }),
  write: (db, { responses, schedules }) => {
    for (const { total: _ignored, ...response } of responses) insertResponse(db, response as QuestionnaireResponse);
    for (const { form, cadence } of schedules) writeSchedule(db, form, cadence);
  },
});
