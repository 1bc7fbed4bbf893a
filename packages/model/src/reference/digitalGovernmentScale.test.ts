import { describe, expect, it } from 'vitest';
import { validateProficiencyScale } from '../validation.js';
import { digitalGovernmentScale } from './digitalGovernmentScale.js';

describe('digitalGovernmentScale', () => {
  it('is a valid proficiency scale', () => {
    expect(validateProficiencyScale(digitalGovernmentScale)).toEqual({
      success: true,
      data: digitalGovernmentScale,
    });
  });

  it('has the four levels Awareness, Working, Practitioner, Expert with Practitioner as the threshold', () => {
    expect(digitalGovernmentScale.levels.map((level) => [level.value, level.label['en']])).toEqual([
      [1, 'Awareness'],
      [2, 'Working'],
      [3, 'Practitioner'],
      [4, 'Expert'],
    ]);
    expect(digitalGovernmentScale.proficientLevel).toBe(3);
  });

  it('gives every label and descriptor in English and French', () => {
    expect(Object.keys(digitalGovernmentScale.label).sort()).toEqual(['en', 'fr']);
    for (const level of digitalGovernmentScale.levels) {
      expect(Object.keys(level.label).sort()).toEqual(['en', 'fr']);
      expect(Object.keys(level.descriptor ?? {}).sort()).toEqual(['en', 'fr']);
    }
  });
});
