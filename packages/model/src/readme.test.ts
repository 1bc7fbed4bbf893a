import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  resolveLocalizedText,
  scorableLimits,
  validateInstrument,
  validateProficiencyScale,
  validateWorkspace,
} from './index.js';
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

it('lists at most maxIssues issues, then counts the rest', () => {
  const workspace = generateSampleWorkspace({ people: 200, seed: 7 });
  for (const person of workspace.people) person.id = 'not an id!'; // 200 broken ids

  const result = validateWorkspace(workspace, { maxIssues: 3 });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map((issue) => issue.path || issue.message)).toEqual([
    'people[0].id',
    'people[1].id',
    'people[2].id',
    'and 197 more issues, not listed (at most 3 are reported; raise maxIssues to see more)',
  ]);
});

it('refuses a rating scale the scoring engine cannot store, at its path', () => {
  const [instrument] = generateSampleWorkspace({ people: 10, seed: 1 }).instruments;
  const result = validateInstrument({
    ...instrument,
    ratingScale: { min: 1, max: scorableLimits.maxRating + 1, allowNotApplicable: false },
  });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
    'ratingScale.max: 255 is above 254, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)',
  ]);
});

it('upgrades a stored version-1 workspace as it validates it', () => {
  // The README reads `workspace-2025.json`; the test reads the hand-written version-1 fixture.
  const stored = JSON.parse(
    readFileSync(new URL('./fixtures/workspaceVersion1.json', import.meta.url), 'utf8'),
  ) as unknown;
  const result = validateWorkspace(stored);
  expect(result.success).toBe(true);
  if (!result.success) return;
  expect([result.data.schemaVersion, result.data.plans[0]?.interventions[0]?.cost]).toEqual([
    2,
    { currency: 'EUR', fixed: 6000, perParticipant: 0 },
  ]);
});

it('picks a language from @capkit/model/text, as the README shows', async () => {
  const text = await import('./textLanguage.js');
  expect(
    text.resolveLocalizedText({ en: 'Data literacy', fr: 'Culture des données' }, ['fr-CA']),
  ).toEqual({ text: 'Culture des données', lang: 'fr' });
  expect(text.textDirection('ar')).toBe('rtl');
  // The entry must stay free of schemas: nothing it imports at run time may pull in zod.
  const source = readFileSync(new URL('./textLanguage.ts', import.meta.url), 'utf8');
  expect(source.match(/^import (?!type ).*$/gmu) ?? []).toEqual([]);
});

it('names the fixed lists from @capkit/model/vocabulary, as the README shows', async () => {
  const vocabulary = await import('./vocabulary.js');
  expect(vocabulary.knowledgeStages).toEqual([
    'identified',
    'created',
    'shared',
    'stored',
    'utilised',
  ]);
  expect(vocabulary.suggestedEngagementStrategy(4, 2)).toBe('keepSatisfied');
  expect(
    vocabulary.campaignPhase(
      { opensAt: '2026-03-01T09:00:00Z', closesAt: '2026-03-31T17:00:00Z' },
      new Date('2026-03-15T12:00:00Z'),
    ),
  ).toBe('open');
  // Like /text, free of schemas: its one run-time import is date-fns.
  const source = readFileSync(new URL('./vocabulary.ts', import.meta.url), 'utf8');
  expect(source.match(/^import (?!type ).*$/gmu) ?? []).toEqual([
    "import { isBefore, parseISO } from 'date-fns';",
  ]);
});
