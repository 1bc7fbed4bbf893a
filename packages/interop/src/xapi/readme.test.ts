import { expect, it } from 'vitest';
import { competency, plan, scale } from './__tests__/capkitData.js';
// README: import { … } from '@capkit/interop/xapi';
import {
  applyCompletions,
  competencyLevelReachedStatement,
  interventionCompletedStatement,
  validateStatements,
} from './index.js';

it('README: exporting xAPI statements and importing completions', () => {
  // ---- README example start ----
  // Actors are accounts on your HR system, named by capkit's pseudonymous person ids.
  const options = {
    homePage: 'https://hr.example.gov/',
    activityBase: 'https://capkit.example.gov/xapi/',
  };

  // Export: "p-0412 achieved Practitioner (3 of 1–4) in Data literacy".
  const reached = competencyLevelReachedStatement(
    { personId: 'p-0412', competency, scale, level: 3, timestamp: '2026-03-01T12:00:00Z' },
    options,
  );
  if (!reached.success) throw new Error(reached.issues[0]?.message);
  console.log(reached.data.result?.score); // { raw: 3, min: 1, max: 4, scaled: 0.666… }

  // Check a batch before sending it to the LRS (xAPI 2.0; pass { version: '1.0.3' } for older LRSs).
  const batch = validateStatements([reached.data, { ...reached.data, id: 'not-a-uuid' }]);
  if (!batch.success) console.log(batch.issues[0]); // { path: '[1].id', code: 'xapi.notUuid', … }

  // Import: completions from the LRS update the plan's participants and progress.
  const done = interventionCompletedStatement(
    { personId: 'p-0412', plan, interventionId: 'int-data-101', timestamp: '2026-04-30T17:00:00Z' },
    options,
  );
  const fromLrs = done.success ? [done.data, done.data] : [];
  const { data: updatedPlan, applied, notApplied } = applyCompletions(plan, fromLrs, options);
  console.log(updatedPlan.interventions[0]?.participantIds); // ['p-0001', 'p-0412']
  console.log(applied.length, notApplied[0]?.issues[0]?.code); // 1 'xapi.completionAlreadyCounted'
  // ---- README example end ----

  expect(reached.data.result?.score).toEqual({ raw: 3, min: 1, max: 4, scaled: 2 / 3 });
  expect(batch.success ? [] : batch.issues.map((issue) => [issue.path, issue.code])).toEqual([
    ['[1].id', 'xapi.notUuid'],
  ]);
  expect(updatedPlan.interventions[0]?.participantIds).toEqual(['p-0001', 'p-0412']);
  expect(updatedPlan.interventions[0]?.status).toBe('inProgress');
  expect([applied.length, notApplied[0]?.issues[0]?.code]).toEqual([
    1,
    'xapi.completionAlreadyCounted',
  ]);
});
