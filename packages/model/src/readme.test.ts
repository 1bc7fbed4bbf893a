import { expect, it } from 'vitest';
import { resolveLocalizedText, validateProficiencyScale, validateWorkspace } from './index.js';
import { generateSampleWorkspace } from './sample/index.js';

// The README's example, kept runnable.
it('validates a sample workspace read from JSON and locates a broken reference', () => {
  const workspace = generateSampleWorkspace({ people: 200, seed: 7 });
  const membership = workspace.memberships[0];
  if (membership === undefined) throw new Error('the sample has memberships');
  membership.roleId = 'astronaut';

  const result = validateWorkspace(JSON.parse(JSON.stringify(workspace)));
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map((issue) => `${issue.path}: ${issue.message} [${issue.code}]`)).toEqual([
    'memberships[0].roleId: No role with id "astronaut" [ref.unknown]',
  ]);
});

it('resolves a label in the reader’s language with the stated fallback', () => {
  const result = validateProficiencyScale({
    id: 'ddat',
    label: { en: 'DDaT skill levels' },
    levels: [
      { value: 1, label: { en: 'Awareness', fr: 'Sensibilisation' } },
      { value: 2, label: { en: 'Working' } },
    ],
    proficientLevel: 2,
  });
  expect(result.success).toBe(true);
  if (!result.success) return;
  const resolved = result.data.levels.map((level) => resolveLocalizedText(level.label, ['fr-CA']));
  expect(resolved).toEqual([
    { text: 'Sensibilisation', lang: 'fr' },
    { text: 'Working', lang: 'en' },
  ]);
});
