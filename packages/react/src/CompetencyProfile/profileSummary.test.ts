import { describe, expect, it } from 'vitest';
import { ddatScale } from '../../test/fixtures/CompetencyProfile.fixtures.js';
import { plural } from '../shared/localeFormat.js';
import { defaultCompetencyProfileMessages, type CompetencyProfileMessages } from './messages.js';
import { profileRows, type CompetencyProfileDatum } from './profileRows.js';
import { profileSummary } from './profileSummary.js';

function summary(
  data: readonly CompetencyProfileDatum[],
  locale = 'en',
  messages: CompetencyProfileMessages = defaultCompetencyProfileMessages,
) {
  return profileSummary(profileRows(data, ddatScale, locale), messages, locale);
}

describe('profileSummary', () => {
  it('names shortfalls largest first, then missing scores', () => {
    expect(
      summary([
        { id: 'a', label: 'Agile delivery', score: 2.9, requiredLevel: 3 },
        { id: 'b', label: 'Service design', score: 1.5, requiredLevel: 3 },
        {
          id: 'c',
          label: 'Cyber security',
          score: null,
          missingReason: 'fewer than 5 respondents',
        },
      ]),
    ).toBe(
      'Below the required level in 2 of 3 competencies: Service design (gap 1.5), Agile delivery (gap 0.1). ' +
        'No score in 1 competency: Cyber security (fewer than 5 respondents).',
    );
  });

  it('says all meet, in the singular and the plural', () => {
    expect(summary([{ id: 'a', label: 'A', score: 3, requiredLevel: 3 }])).toBe(
      'At or above the required level in the one competency.',
    );
    expect(
      summary([
        { id: 'a', label: 'A', score: 3, requiredLevel: 3 },
        { id: 'b', label: 'B', score: 4, requiredLevel: 3 },
      ]),
    ).toBe('At or above the required level in all 2 competencies.');
  });

  it('says nothing of comparisons when no required level is set', () => {
    expect(summary([{ id: 'a', label: 'Open standards', score: 2 }])).toBe(
      'No required level set for 1 competency: Open standards.',
    );
  });

  it('gives French numbers and plural forms (0 and 1 are singular in French)', () => {
    const french: CompetencyProfileMessages = {
      ...defaultCompetencyProfileMessages,
      gapItem: (competency, gap) => `${competency} (écart ${gap})`,
      summaryBelow: (below, total, list) =>
        `${plural(below, { one: 'Sous le niveau requis dans {count} compétence', other: 'Sous le niveau requis dans {count} compétences' })} sur ${total.text} : ${list}.`,
    };
    expect(
      summary(
        [
          { id: 'a', label: 'Recherche utilisateur', score: 2.2, requiredLevel: 3 },
          { id: 'b', label: 'Données', score: 3.5, requiredLevel: 3 },
        ],
        'fr',
        french,
      ),
    ).toBe('Sous le niveau requis dans 1 compétence sur 2 : Recherche utilisateur (écart 0,8).');
  });

  it('writes every number in Arabic-Indic digits for ar-EG, sentence and gaps alike', () => {
    const text = summary(
      [
        { id: 'a', label: 'بحث المستخدمين', score: 2.2, requiredLevel: 3 },
        { id: 'b', label: 'التسليم المرن', score: 3.4, requiredLevel: 3 },
      ],
      'ar-EG',
    );
    expect(text).toContain('١ of ٢');
    expect(text).toContain('٠٫٨');
    expect(text).not.toMatch(/[0-9]/);
  });
});
