import { describe, expect, it } from 'vitest';
import { campaign, competency, plan, response, scale } from './__tests__/capkitData.js';
import {
  assessmentSubmittedStatement,
  competencyLevelReachedStatement,
  interventionCompletedStatement,
} from './builders.js';
import { capkitStatementId } from './statementId.js';
import { validateStatement } from './validate.js';

const options = {
  homePage: 'https://hr.example.gov/',
  activityBase: 'https://capkit.example.gov/xapi/',
};

describe('assessmentSubmittedStatement', () => {
  it('builds a valid statement with a pseudonymous actor and a derived id', () => {
    const result = assessmentSubmittedStatement({ response, campaign }, options);
    expect(result).toEqual({
      success: true,
      data: {
        id: capkitStatementId('assessmentSubmitted', ['resp-0412']),
        actor: {
          objectType: 'Agent',
          account: { homePage: 'https://hr.example.gov/', name: 'p-0412' },
        },
        verb: { id: 'http://activitystrea.ms/schema/1.0/submit', display: { en: 'submitted' } },
        object: {
          objectType: 'Activity',
          id: 'https://capkit.example.gov/xapi/campaigns/camp-2026',
          definition: {
            type: 'http://adlnet.gov/expapi/activities/assessment',
            name: { en: 'Digital skills self-assessment 2026' },
          },
        },
        result: { completion: true },
        context: {
          contextActivities: {
            grouping: [
              {
                objectType: 'Activity',
                id: 'https://capkit.example.gov/xapi/instruments/inst-digital',
              },
            ],
          },
          extensions: {
            'https://capkit.example.gov/xapi/extensions/perspective': 'self',
            'https://capkit.example.gov/xapi/extensions/subject': 'p-0412',
          },
        },
        timestamp: '2026-02-10T09:21:30Z',
        version: '2.0.0',
      },
    });
  });

  it('refuses a draft', () => {
    const { submittedAt: _omitted, ...draft } = response;
    const result = assessmentSubmittedStatement(
      { response: { ...draft, status: 'draft' }, campaign },
      options,
    );
    expect(result.success ? '' : result.issues[0]?.code).toBe('xapi.responseNotSubmitted');
  });

  it('reports a home page that is not an IRL, located in the statement', () => {
    const result = assessmentSubmittedStatement(
      { response, campaign },
      { ...options, homePage: 'hr' },
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'actor.account.homePage',
    ]);
  });

  it('sends personal data only when the caller provides it', () => {
    const result = assessmentSubmittedStatement(
      { response, campaign },
      {
        ...options,
        agentFor: (personId) => ({ name: `Person ${personId}`, mbox: 'mailto:p@example.gov' }),
      },
    );
    expect(result.success && result.data.actor).toEqual({
      name: 'Person p-0412',
      mbox: 'mailto:p@example.gov',
    });
  });

  it('builds 1.0.3 statements on request', () => {
    const result = assessmentSubmittedStatement(
      { response, campaign },
      { ...options, version: '1.0.3' },
    );
    expect(result.success && result.data.version).toBe('1.0.3');
  });
});

describe('competencyLevelReachedStatement', () => {
  it('gives the level as a score on its scale', () => {
    const result = competencyLevelReachedStatement(
      {
        personId: 'p-0412',
        competency,
        scale,
        level: 3,
        timestamp: '2026-03-01T12:00:00Z',
        occasionId: 'camp-2026',
      },
      options,
    );
    expect(result.success && result.data.result).toEqual({
      score: { raw: 3, min: 1, max: 4, scaled: 2 / 3 },
      success: true,
      extensions: {
        'https://capkit.example.gov/xapi/extensions/level': {
          value: 3,
          label: { en: 'Practitioner' },
        },
      },
    });
    expect(result.success && result.data.verb.id).toBe(
      'https://w3id.org/xapi/dod-isd/verbs/achieved',
    );
    expect(result.success && result.data.id).toBe(
      capkitStatementId('competencyLevelReached', [
        'p-0412',
        'comp-data-literacy',
        '3',
        'camp-2026',
      ]),
    );
  });

  it('a level below proficient is not a success', () => {
    const result = competencyLevelReachedStatement(
      { personId: 'p-1', competency, scale, level: 1, timestamp: '2026-03-01T12:00:00Z' },
      options,
    );
    expect(result.success && result.data.result).toMatchObject({
      score: { scaled: 0 },
      success: false,
    });
  });

  it('refuses a level that is not on the scale', () => {
    const result = competencyLevelReachedStatement(
      { personId: 'p-1', competency, scale, level: 7, timestamp: '2026-03-01T12:00:00Z' },
      options,
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'xapi.unknownLevel',
    ]);
  });

  it('refuses a caller timestamp with the -00:00 offset', () => {
    const result = competencyLevelReachedStatement(
      { personId: 'p-1', competency, scale, level: 2, timestamp: '2026-03-01T12:00:00-00:00' },
      options,
    );
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['timestamp', 'xapi.negativeZeroOffset'],
    ]);
  });
});

describe('interventionCompletedStatement', () => {
  it('names the intervention in its activity id and an extension, the plan as parent', () => {
    const result = interventionCompletedStatement(
      {
        personId: 'p-0412',
        plan,
        interventionId: 'int-data-101',
        timestamp: '2026-04-30T17:00:00+02:00',
      },
      options,
    );
    expect(result.success && result.data.object).toEqual({
      objectType: 'Activity',
      id: 'https://capkit.example.gov/xapi/interventions/int-data-101',
      definition: {
        name: { en: 'Data literacy 101' },
        type: 'http://adlnet.gov/expapi/activities/course',
      },
    });
    expect(result.success && result.data.context).toEqual({
      contextActivities: {
        parent: [{ objectType: 'Activity', id: 'https://capkit.example.gov/xapi/plans/plan-2026' }],
      },
      extensions: {
        'https://capkit.example.gov/xapi/extensions/intervention': 'int-data-101',
        'https://capkit.example.gov/xapi/extensions/plan': 'plan-2026',
      },
    });
  });

  it('refuses an intervention the plan does not have', () => {
    const result = interventionCompletedStatement(
      { personId: 'p-1', plan, interventionId: 'nope', timestamp: '2026-04-30T17:00:00Z' },
      options,
    );
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'xapi.unknownIntervention',
    ]);
  });

  it('every built statement validates again from its JSON', () => {
    const built = [
      assessmentSubmittedStatement({ response, campaign }, options),
      competencyLevelReachedStatement(
        { personId: 'p-1', competency, scale, level: 4, timestamp: '2026-03-01T12:00:00Z' },
        options,
      ),
      interventionCompletedStatement(
        {
          personId: 'p-1',
          plan,
          interventionId: 'int-data-101',
          timestamp: '2026-04-30T17:00:00Z',
        },
        options,
      ),
    ];
    for (const result of built) {
      expect(result.success).toBe(true);
      if (result.success) expect(validateStatement(JSON.stringify(result.data)).success).toBe(true);
    }
  });
});
