import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeIssue } from '../shared/interopIssue.js';
import { crosswalk, exportCasePackage, importCasePackage, validateCasePackage } from './index.js';

const file = new URL('./fixtures/digitalGovernment.case.json', import.meta.url);

// The README's example, kept runnable: the code between the markers is pasted into the README.
it('imports and re-exports a CASE package with rubrics losslessly', () => {
  // README:start
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));

  const imported = importCasePackage(json);
  if (!imported.success) throw new Error(imported.issues.map(describeIssue).join('\n'));
  const { framework, casePackage } = imported.data;

  // Rubrics became proficiency scales; the one linked to no item is kept too.
  expect(framework.scales.map((scale) => scale.label.en)).toEqual([
    'Digital government proficiency',
    'Supervisor observation (pilot)',
  ]);

  // Unchanged, the framework re-exports exactly: unlinked criteria, unused association
  // groupings, ext: associations, extensions and every lastChangeDateTime as they were.
  expect(exportCasePackage(framework, { base: casePackage })).toEqual(json);

  // Changed, only what changed is rewritten and restamped.
  const edited = structuredClone(framework);
  edited.competencies = edited.competencies.map((competency, index) =>
    index === 0 ? { ...competency, label: { en: 'User research and testing' } } : competency,
  );
  const back = exportCasePackage(edited, {
    base: casePackage,
    lastChangeDateTime: '2026-03-01T08:00:00Z',
  });
  expect(back.CFItems?.[1]).toMatchObject({
    abbreviatedStatement: 'User research and testing',
    lastChangeDateTime: '2026-03-01T08:00:00Z',
  });

  // Crosswalk associations stay queryable.
  const dataLiteracy = casePackage.CFItems?.[4]?.identifier ?? '';
  expect(
    crosswalk([back]).matchesOf(dataLiteracy, { types: ['exactMatchOf'] })[0]?.node.title,
  ).toBe('1.2 Evaluating data, information and digital content');
  // README:end
});

it('locates what is wrong in a package', () => {
  // README:start
  const broken = JSON.parse(readFileSync(file, 'utf8')) as { CFItems: { identifier: string }[] };
  broken.CFItems = broken.CFItems.map((item, index) =>
    index === 3 ? { ...item, identifier: 'DG-3' } : item,
  );
  const result = validateCasePackage(broken);
  expect(!result.success && result.issues.map(describeIssue)).toEqual([
    'CFItems[3].identifier: Expected a UUID such as "9d3c5f0e-2b1a-4c8d-9e7f-0a1b2c3d4e5f"',
  ]);
  // README:end
});
