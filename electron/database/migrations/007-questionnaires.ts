import type { Migration } from './migration';

/**
 * Validated questionnaires (PHQ-9, GAD-7, ...; docs/questionnaires.md):
 * - `questionnaire_responses`: one row per completed form: which form and version, the check-in
 *   day and moment it was answered, and the answers. No total is stored: main works it out from
 *   the answers each time, so a total can never disagree with them.
 * - `questionnaire_schedules`: how often each form the person chose is asked for.
 */
export const migration007Questionnaires: Migration = {
  version: 7,
  name: 'questionnaires',
  up(db) {
    db.exec(`
      CREATE TABLE questionnaire_responses (
        id           TEXT PRIMARY KEY,
        form         TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        day          TEXT NOT NULL,
        answered_at  TEXT NOT NULL,
        answers_json TEXT NOT NULL,
        follow_up    INTEGER
      ) STRICT;
      CREATE INDEX questionnaire_responses_by_form ON questionnaire_responses (form, day, answered_at);
      CREATE TABLE questionnaire_schedules (
        form    TEXT PRIMARY KEY,
        cadence TEXT NOT NULL
      ) STRICT;
    `);
  },
};
