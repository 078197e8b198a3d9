import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsOf, totalRange, type QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForms } from '../../../shared/questionnaires/questionnaire-forms';

const docs = readFileSync(path.resolve(import.meta.dirname, '../../../docs/questionnaires.md'), 'utf8');

/** The text under `## {shortName}` up to the next form. */
function sectionOf(form: QuestionnaireForm): string {
  const start = docs.indexOf(`\n## ${form.shortName}\n`);
  expect(start, `docs/questionnaires.md has a "## ${form.shortName}" section`).toBeGreaterThan(0);
  const next = docs.indexOf('\n## ', start + 1);
  return docs.slice(start, next === -1 ? undefined : next);
}

/** The text under one `### heading` of a form's section. */
function part(section: string, heading: string): string {
  const start = section.indexOf(`\n### ${heading}\n`);
  expect(start, `the section has "### ${heading}"`).toBeGreaterThan(0);
  const next = section.indexOf('\n### ', start + 1);
  return section.slice(start + heading.length + 6, next === -1 ? undefined : next);
}

const quoted = (text: string) => [...text.matchAll(/^> (.+)$/gm)].map((match) => match[1]);
const numbered = (text: string) => [...text.matchAll(/^\d+\. (.+)$/gm)].map((match) => match[1]);
const answers = (text: string) =>
  [...text.matchAll(/^- (\d+): (.+)$/gm)].map((match) => ({ points: Number(match[1]), label: match[2] }));
const bandRows = (text: string) =>
  [...text.matchAll(/^\| (\d+) +\| (\d+) +\| ([a-z ]+?) +\| (yes|no) +\|$/gm)].map((match) => ({
    from: Number(match[1]),
    to: Number(match[2]),
    name: match[3],
    talkItOver: match[4] === 'yes',
  }));

describe('each questionnaire is exactly what docs/questionnaires.md specifies', () => {
  it.each(questionnaireForms.map((form) => [form.shortName, form] as const))(
    '%s: stem, items, answers, closing question, bands, reliable change and credit line',
    (_name, form) => {
      const section = sectionOf(form);
      expect(quoted(part(section, 'Credit'))).toEqual([form.credit]);
      if (form.stem) expect(quoted(part(section, 'Stem'))).toEqual([form.stem]);
      else expect(section).toContain('Stem: none');
      expect(numbered(part(section, 'Items'))).toEqual(form.items);
      if (form.itemOptions) {
        form.items.forEach((_item, index) =>
          expect(answers(part(section, `Answers to question ${index + 1}`))).toEqual(optionsOf(form, index)),
        );
        expect(form.options).toEqual(form.itemOptions[0]);
      } else {
        expect(answers(part(section, 'Answers'))).toEqual(form.options);
      }
      if (form.adaptation) expect(quoted(part(section, 'Left out'))).toEqual([form.adaptation]);
      else expect(section).not.toContain('### Left out');
      if (form.followUp) {
        const closing = part(section, 'Closing question');
        expect(quoted(closing)).toEqual([form.followUp.text]);
        expect(answers(closing)).toEqual(form.followUp.options);
      } else {
        expect(section).not.toContain('### Closing question');
      }
      const scoring = part(section, 'Scoring');
      expect(bandRows(scoring)).toEqual([...form.bands, ...(form.maleBands ?? [])]);
      if (form.maleBands) expect(scoring).toContain('Bands for men:');
      if (form.multiplier) expect(scoring).toContain(`times ${form.multiplier}`);
      expect(scoring).toContain(
        form.reliableChange === undefined ? 'Reliable change: none' : `Reliable change: ${form.reliableChange} points.`,
      );
      const { min, max } = totalRange(form);
      expect(scoring).toContain(`${min} to ${max}.`);
    },
  );

  it.each(questionnaireForms.map((form) => [form.shortName, form] as const))(
    '%s: the bands cover every possible total once, in order',
    (_name, form) => {
      const { min, max } = totalRange(form);
      for (const bands of [form.bands, form.maleBands ?? form.bands]) {
        expect(bands[0]!.from).toBe(min);
        expect(bands.at(-1)!.to).toBe(max);
        bands.slice(1).forEach((band, index) => expect(band.from).toBe(bands[index]!.to + 1));
      }
    },
  );

  it('pins the item counts a clinician expects', () => {
    expect(Object.fromEntries(questionnaireForms.map((form) => [form.shortName, form.items.length]))).toEqual({
      'PHQ-9': 9,
      'PHQ-2': 2,
      'GAD-7': 7,
      'GAD-2': 2,
      'WHO-5': 5,
      'AUDIT-C': 3,
      'PCL-5': 20,
      K10: 10,
    });
    expect(questionnaireForms.map((form) => totalRange(form))).toEqual([
      { min: 0, max: 27 },
      { min: 0, max: 6 },
      { min: 0, max: 21 },
      { min: 0, max: 6 },
      { min: 0, max: 100 },
      { min: 0, max: 12 },
      { min: 0, max: 80 },
      { min: 10, max: 50 },
    ]);
  });

  it('short forms are the full forms’ first two items, word for word', () => {
    for (const short of questionnaireForms.filter((form) => form.shortFormOf)) {
      const full = questionnaireForms.find((form) => form.id === short.shortFormOf)!;
      expect(short.items).toEqual(full.items.slice(0, 2));
      expect(short.stem).toBe(full.stem);
      expect(short.options).toEqual(full.options);
    }
  });

  it('names no form whose terms forbid reproducing it', () => {
    const forbidden = ['EPDS', 'DASS', 'PROMIS', 'ASRM', 'ODI', 'KOOS', 'WOMAC', 'DAST', 'PEG'];
    for (const form of questionnaireForms) expect(forbidden.some((name) => form.shortName.includes(name))).toBe(false);
  });
});
