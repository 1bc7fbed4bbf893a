import { capacityDevelopmentPlanSchema } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from './__tests__/capkitData.js';
import { interventionCompletedStatement } from './builders.js';
import { applyCompletions } from './completions.js';
import type { XapiStatement } from './statement.js';

const options = {
  homePage: 'https://hr.example.gov/',
  activityBase: 'https://capkit.example.gov/xapi/',
};

function completion(personId: string, interventionId = 'int-data-101'): XapiStatement {
  const result = interventionCompletedStatement(
    { personId, plan, interventionId, timestamp: '2026-04-30T17:00:00Z' },
    options,
  );
  if (!result.success) throw new Error('test statement should build');
  return result.data;
}

const intervention = (data: typeof plan, id: string) =>
  data.interventions.find((candidate) => candidate.id === id);

describe('applyCompletions', () => {
  it('adds the person to the participants and starts a planned intervention', () => {
    const outcome = applyCompletions(plan, [completion('p-0412')], options);
    expect(intervention(outcome.data, 'int-data-101')).toMatchObject({
      participantIds: ['p-0001', 'p-0412'],
      status: 'inProgress',
    });
    expect(outcome.applied).toEqual([
      {
        planId: 'plan-2026',
        interventionId: 'int-data-101',
        personId: 'p-0412',
        statementId: completion('p-0412').id,
        completedAt: '2026-04-30T17:00:00Z',
      },
    ]);
    expect(outcome.notApplied).toEqual([]);
  });

  it('does not change its input', () => {
    const before = structuredClone(plan);
    applyCompletions(plan, [completion('p-0412')], options);
    expect(plan).toEqual(before);
  });

  it('counts the same completion twice once', () => {
    const first = completion('p-0412');
    const again = {
      ...first,
      id: '5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e',
      timestamp: '2026-05-01T09:00:00Z',
    };
    const outcome = applyCompletions(plan, [first, first, again], options);
    expect(intervention(outcome.data, 'int-data-101')?.participantIds).toEqual([
      'p-0001',
      'p-0412',
    ]);
    expect(outcome.applied.length).toBe(1);
    expect(outcome.notApplied.map((entry) => [entry.index, entry.issues[0]?.code])).toEqual([
      [1, 'xapi.completionAlreadyCounted'],
      [2, 'xapi.completionAlreadyCounted'],
    ]);
  });

  it('does not count again what an earlier import applied', () => {
    const first = applyCompletions(plan, [completion('p-0412')], options);
    const second = applyCompletions(first.data, [completion('p-0412')], {
      ...options,
      alreadyApplied: first.applied,
    });
    expect(second.applied).toEqual([]);
    expect(second.notApplied.map((entry) => entry.issues[0]?.code)).toEqual([
      'xapi.completionAlreadyCounted',
    ]);
    expect(second.data).toEqual(first.data);
  });

  it('an already enrolled participant is not added again', () => {
    const outcome = applyCompletions(plan, [completion('p-0001')], options);
    expect(intervention(outcome.data, 'int-data-101')?.participantIds).toEqual(['p-0001']);
    expect(outcome.applied.map((applied) => applied.personId)).toEqual(['p-0001']);
  });

  it('reports each statement that does not apply, with a located reason', () => {
    const other = completion('p-2');
    const statements: unknown[] = [
      { ...other, actor: { mbox: 'not-an-iri' } },
      { ...other, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' }, result: {} },
      { ...other, actor: { account: { homePage: 'https://elsewhere.example.org/', name: 'x' } } },
      { ...other, object: { id: 'https://lms.example.gov/courses/unknown' }, context: {} },
      completion('p-3', 'int-cancelled'),
      {
        ...other,
        id: undefined,
        object: { id: 'https://capkit.example.gov/xapi/interventions/int-gone' },
        context: {},
      },
    ];
    const outcome = applyCompletions(plan, statements, options);
    expect(outcome.applied).toEqual([]);
    expect(
      outcome.notApplied.map((entry) => entry.issues.map((issue) => [issue.path, issue.code])),
    ).toEqual([
      [['[0].actor.mbox', 'xapi.badMbox']],
      [['[1].verb.id', 'xapi.notCompletion']],
      [['[2].actor', 'xapi.unknownActor']],
      [['[3].object.id', 'xapi.unknownActivity']],
      [['[4].object.id', 'xapi.interventionCancelled']],
      [['[5].object.id', 'xapi.unknownIntervention']],
    ]);
  });

  it('keeps to the seats', () => {
    const outcome = applyCompletions(
      plan,
      [completion('p-2'), completion('p-3'), completion('p-4')],
      options,
    );
    expect(intervention(outcome.data, 'int-data-101')?.participantIds).toEqual([
      'p-0001',
      'p-2',
      'p-3',
    ]);
    expect(outcome.notApplied.map((entry) => [entry.index, entry.issues[0]?.code])).toEqual([
      [2, 'xapi.noSeatLeft'],
    ]);
  });

  it('does not count a completion voided in the same batch', () => {
    const done = completion('p-2');
    const voiding = {
      id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      actor: { mbox: 'mailto:lrs-admin@example.gov' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: done.id },
    };
    const outcome = applyCompletions(plan, [done, voiding], options);
    expect(outcome.applied).toEqual([]);
    expect(outcome.notApplied.map((entry) => entry.issues[0]?.code)).toEqual([
      'xapi.completionVoided',
    ]);
  });

  it("maps another system's activities and actors through the caller's functions", () => {
    const fromLms = {
      actor: { mbox: 'mailto:learner@example.gov' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      object: { id: 'https://lms.example.gov/courses/data-literacy-101' },
      timestamp: '2015-11-18T12:17:00',
      version: '1.0.3',
    };
    const outcome = applyCompletions(plan, [fromLms], {
      ...options,
      interventionForActivity: (id) =>
        id.endsWith('/data-literacy-101') ? 'int-data-101' : undefined,
      personForActor: (actor) =>
        'mbox' in actor && actor.mbox === 'mailto:learner@example.gov' ? 'p-9' : undefined,
    });
    expect(outcome.applied.map((applied) => [applied.interventionId, applied.personId])).toEqual([
      ['int-data-101', 'p-9'],
    ]);
  });

  it('updates the plans of a workspace and checks that the person exists', () => {
    const workspace = {
      schemaVersion: 1,
      kind: 'capkitWorkspace',
      people: [{ id: 'p-2' }],
      plans: [plan],
    } as unknown as Parameters<typeof applyCompletions>[0];
    const outcome = applyCompletions(workspace, [completion('p-2'), completion('p-404')], options);
    expect(outcome.applied.map((applied) => applied.personId)).toEqual(['p-2']);
    expect(outcome.notApplied.map((entry) => entry.issues[0]?.code)).toEqual([
      'xapi.unknownPerson',
    ]);
  });

  it('says what is wrong with a batch that is not an array', () => {
    const outcome = applyCompletions(plan, { statements: [] }, options);
    expect(outcome.notApplied.map((entry) => entry.issues[0]?.code)).toEqual(['xapi.notArray']);
    expect(outcome.data).toEqual(plan);
  });
});

describe('applyCompletions properties', () => {
  const people = ['p-0001', 'p-2', 'p-3', 'p-4', 'p-5'];
  const statementArbitrary = fc
    .tuple(
      fc.constantFrom(...people),
      fc.constantFrom('int-data-101', 'int-cancelled'),
      fc.boolean(),
    )
    .map(([personId, interventionId, withoutExtension]) => {
      const statement = completion(personId, interventionId);
      return withoutExtension ? { ...statement, context: {} } : statement;
    });

  it('keeps the plan valid, within seats, each completion once, every statement accounted for', () => {
    fc.assert(
      fc.property(fc.array(statementArbitrary, { maxLength: 8 }), (statements) => {
        const before = structuredClone(plan);
        const outcome = applyCompletions(plan, statements, options);
        expect(plan).toEqual(before);
        expect(capacityDevelopmentPlanSchema.safeParse(outcome.data).success).toBe(true);
        for (const updated of outcome.data.interventions) {
          const participants = updated.participantIds ?? [];
          expect(new Set(participants).size).toBe(participants.length);
          expect(participants.length).toBeLessThanOrEqual(updated.seats);
        }
        const pairs = outcome.applied.map((done) => `${done.interventionId} ${done.personId}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(outcome.applied.length + outcome.notApplied.length).toBe(statements.length);
      }),
      { numRuns: 500 },
    );
  });
});
