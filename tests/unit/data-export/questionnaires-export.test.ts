import { describe, expect, it } from 'vitest';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import { insertResponse, writeSchedule } from '../../../electron/questionnaires/questionnaire-repository';
import { readQuestionnairesView } from '../../../electron/questionnaires/questionnaires-view';
import { migratedDatabase } from '../../support/memory-database';

const response = (id: string, day: string, items: number[]) => ({
  id,
  form: 'phq-9' as const,
  version: 1,
  day,
  answeredAt: `${day}T09:00:00.000Z`,
  items,
  // The closing question is asked once some problem was checked.
  followUp: items.some((points) => points > 0) ? 1 : null,
});

describe('questionnaires in the JSON export', () => {
  it('carries each response with its answers and total, and imports to the same totals', () => {
    const db = migratedDatabase();
    insertResponse(db, response('r1', '2026-03-02', [2, 2, 2, 2, 2, 2, 2, 2, 0]));
    insertResponse(db, response('r2', '2026-03-16', [2, 1, 1, 2, 1, 1, 1, 2, 0]));
    writeSchedule(db, 'phq-9', 'every-2-weeks');
    const document = buildExportDocument(db);
    expect(document.questionnaires).toEqual({
      responses: [
        { ...response('r1', '2026-03-02', [2, 2, 2, 2, 2, 2, 2, 2, 0]), total: 16 },
        { ...response('r2', '2026-03-16', [2, 1, 1, 2, 1, 1, 1, 2, 0]), total: 11 },
      ],
      schedules: [{ form: 'phq-9', cadence: 'every-2-weeks' }],
    });

    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(JSON.parse(JSON.stringify(document))));
    expect(buildExportDocument(target)).toEqual(document);
    expect(readQuestionnairesView(target, '2026-03-20').forms[0]).toMatchObject({
      cadence: 'every-2-weeks',
      due: false,
    });
  });

  it('a crafted file with a wrong total is imported with the right one', () => {
    const db = migratedDatabase();
    insertResponse(db, response('r1', '2026-03-02', [3, 3, 3, 3, 3, 3, 3, 3, 3]));
    const document = buildExportDocument(db) as unknown as { questionnaires: { responses: { total: number }[] } };
    document.questionnaires.responses[0]!.total = 2;
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(document));
    expect(readQuestionnairesView(target, '2026-03-02').responses[0]).toMatchObject({
      total: 27,
      band: 'severe',
      riskItemPoints: 3,
    });
  });

  it('refuses a response whose answers do not fit its form, naming the response’s field', () => {
    const db = migratedDatabase();
    insertResponse(db, response('r1', '2026-03-02', [0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const document = buildExportDocument(db) as unknown as { questionnaires: { responses: Record<string, unknown>[] } };
    const withAnswers = (items: unknown) => ({
      ...document,
      questionnaires: { ...document.questionnaires, responses: [{ ...document.questionnaires.responses[0], items }] },
    });
    expect(() => parseExportDocument(withAnswers([0, 0, 0, 0, 0, 0, 0, 0, 5]))).toThrow(
      /questionnaires\.responses\.0\.items: Question 9 of the PHQ-9 takes 0, 1, 2, 3, not 5\./,
    );
    expect(() => parseExportDocument(withAnswers([0, 0, 0, 0, 0, 0, 0, 0, null]))).toThrow(
      /questionnaires\.responses\.0\.items\.8: Question 9 of the PHQ-9 is not answered yet/,
    );
    expect(() => parseExportDocument(withAnswers([0, 0, 0]))).toThrow(
      /The PHQ-9 has 9 questions; these answers have 3/,
    );
  });
});
