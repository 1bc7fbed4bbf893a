import { expect, it } from 'vitest';
import { resolveLocalizedText, validateProficiencyScale } from './index.js';

// The README's example, kept runnable.
it('validates a scale read from JSON and resolves a label', () => {
  const input = JSON.stringify({
    id: 'ddat',
    label: { en: 'DDaT skill levels' },
    levels: [
      { value: 1, label: { en: 'Awareness', fr: 'Sensibilisation' } },
      { value: 2, label: { en: 'Working' } },
    ],
    proficientLevel: 2,
  });
  const result = validateProficiencyScale(JSON.parse(input));
  expect(result.success).toBe(true);
  if (!result.success) return;
  const resolved = result.data.levels.map((level) => resolveLocalizedText(level.label, ['fr-CA']));
  expect(resolved).toEqual([
    { text: 'Sensibilisation', lang: 'fr' },
    { text: 'Working', lang: 'en' },
  ]);
});
