import { describe, expect, it } from 'vitest';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import type { ValidationIssue } from './validationIssue.js';
import type { Workspace } from './workspace.js';

/** Applies one change to a fresh valid workspace and returns the issues found. */
function issuesAfter(change: (workspace: Workspace) => void): { path: string; code: string }[] {
  const workspace = validWorkspace();
  change(workspace);
  const result = validateWorkspace(workspace);
  if (result.success) return [];
  return result.issues.map(({ path, code }: ValidationIssue) => ({ path, code }));
}

// `noUncheckedIndexedAccess` makes every element optional; the fixture has them all.
function first<T>(items: readonly T[], index = 0): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no element ${index}`);
  return item;
}

describe('validateWorkspace on a valid workspace', () => {
  it('accepts it and returns it typed', () => {
    const workspace = validWorkspace();
    expect(validateWorkspace(workspace)).toEqual({ success: true, data: workspace });
  });

  it('survives a JSON round trip', () => {
    const workspace = validWorkspace();
    expect(validateWorkspace(JSON.parse(JSON.stringify(workspace)))).toEqual({
      success: true,
      data: workspace,
    });
  });
});

describe('referential integrity: each broken reference is reported at its path', () => {
  const cases: [string, (workspace: Workspace) => void, { path: string; code: string }][] = [
    [
      'a competency on an unknown scale',
      (w) => (first(first(w.frameworks).competencies).scaleId = 'nope'),
      { path: 'frameworks[0].competencies[0].scaleId', code: 'ref.unknown' },
    ],
    [
      'a competency in an unknown area',
      (w) => (first(first(w.frameworks).competencies).areaId = 'nope'),
      { path: 'frameworks[0].competencies[0].areaId', code: 'ref.unknown' },
    ],
    [
      'an area whose parent is missing',
      (w) => (first(first(w.frameworks).areas, 1).parentId = 'nope'),
      { path: 'frameworks[0].areas[1].parentId', code: 'ref.unknown' },
    ],
    [
      'a unit whose parent is missing',
      (w) => (first(w.units, 1).parentId = 'nope'),
      { path: 'units[1].parentId', code: 'ref.unknown' },
    ],
    [
      'a role on an unknown framework version',
      (w) => (first(w.roles).framework.version = '9.9'),
      { path: 'roles[0].framework', code: 'ref.unknownFramework' },
    ],
    [
      'a role requiring a competency outside its framework',
      (w) => (first(first(w.roles).requirements).competencyId = 'nope'),
      { path: 'roles[0].requirements[0].competencyId', code: 'ref.notInFramework' },
    ],
    [
      'a role requiring a level its scale lacks',
      (w) => (first(first(w.roles).requirements).requiredLevel = 7),
      { path: 'roles[0].requirements[0].requiredLevel', code: 'role.levelNotOnScale' },
    ],
    [
      'a membership of an unknown person',
      (w) => (first(w.memberships).personId = 'nope'),
      { path: 'memberships[0].personId', code: 'ref.unknown' },
    ],
    [
      'a membership in an unknown unit',
      (w) => (first(w.memberships).unitId = 'nope'),
      { path: 'memberships[0].unitId', code: 'ref.unknown' },
    ],
    [
      'a membership in an unknown role',
      (w) => (first(w.memberships).roleId = 'nope'),
      { path: 'memberships[0].roleId', code: 'ref.unknown' },
    ],
    [
      'a membership that ends before it starts',
      (w) => (first(w.memberships, 1).to = '2024-01-01'),
      { path: 'memberships[1].to', code: 'dates.outOfOrder' },
    ],
    [
      'personal data of an unknown person',
      (w) => (first(w.personalData ?? []).personId = 'nope'),
      { path: 'personalData[0].personId', code: 'ref.unknown' },
    ],
    [
      'a UNDP rating outside the range',
      (w) => (first(first(w.capacityAssessments).questions).existing = 6),
      { path: 'capacityAssessments[0].questions[0].existing', code: 'assessment.ratingOutOfRange' },
    ],
    [
      'an instrument item targeting a competency outside the framework',
      (w) =>
        (first(first(w.instruments).items).target = { kind: 'competency', competencyId: 'nope' }),
      { path: 'instruments[0].items[0].target.competencyId', code: 'ref.notInFramework' },
    ],
    [
      'an item on an unknown section',
      (w) => (first(first(w.instruments).items).sectionId = 'nope'),
      { path: 'instruments[0].items[0].sectionId', code: 'ref.unknown' },
    ],
    [
      'a display rule depending on a later item',
      (w) => (first(first(w.instruments).items).showIf = { itemId: 'i2' }),
      { path: 'instruments[0].items[0].showIf.itemId', code: 'instrument.forwardDisplayRule' },
    ],
    [
      'a campaign of an unknown instrument',
      (w) => (first(w.campaigns).instrumentId = 'nope'),
      { path: 'campaigns[0].instrumentId', code: 'ref.unknown' },
    ],
    [
      'a campaign population with an unknown unit',
      (w) => (first(w.campaigns).population = { unitIds: ['ministry', 'nope'] }),
      { path: 'campaigns[0].population.unitIds[1]', code: 'ref.unknown' },
    ],
    [
      'a campaign that closes before it opens',
      (w) => (first(w.campaigns).closesAt = '2026-02-01T00:00:00Z'),
      { path: 'campaigns[0].closesAt', code: 'dates.outOfOrder' },
    ],
    [
      'a started campaign on a draft framework',
      (w) => (first(w.frameworks).status = 'draft'),
      { path: 'campaigns[0].status', code: 'framework.draftInUse' },
    ],
    [
      'a response to an unknown campaign',
      (w) => (first(w.responses).campaignId = 'nope'),
      { path: 'responses[0].campaignId', code: 'ref.unknown' },
    ],
    [
      'a response by an unknown respondent',
      (w) => (first(w.responses).respondentId = 'nope'),
      { path: 'responses[0].respondentId', code: 'ref.unknown' },
    ],
    [
      'a response about an unknown subject',
      (w) => (first(w.responses, 1).subjectId = 'nope'),
      { path: 'responses[1].subjectId', code: 'ref.unknown' },
    ],
    [
      'an answer to an item the instrument lacks',
      (w) => (first(first(w.responses).answers).itemId = 'nope'),
      { path: 'responses[0].answers[0].itemId', code: 'response.unknownItem' },
    ],
    [
      'two answers to one item',
      (w) => first(w.responses).answers.push({ kind: 'rating', itemId: 'i2', value: 3 }),
      { path: 'responses[0].answers[2].itemId', code: 'response.duplicateAnswer' },
    ],
    [
      'a rating answer to an importance–performance item',
      (w) => (first(w.responses).answers[0] = { kind: 'rating', itemId: 'i1', value: 3 }),
      { path: 'responses[0].answers[0].kind', code: 'response.answerKindMismatch' },
    ],
    [
      'a rating off the instrument scale',
      (w) => (first(w.responses).answers[1] = { kind: 'rating', itemId: 'i2', value: 6 }),
      { path: 'responses[0].answers[1].value', code: 'response.valueOffScale' },
    ],
    [
      'a fractional rating',
      (w) =>
        (first(w.responses).answers[0] = {
          kind: 'importancePerformance',
          itemId: 'i1',
          importance: 4.5,
          performance: 2,
        }),
      { path: 'responses[0].answers[0].importance', code: 'response.valueOffScale' },
    ],
    [
      '"not applicable" where the instrument does not allow it',
      (w) => (first(w.instruments).ratingScale.allowNotApplicable = false),
      { path: 'responses[1].answers[0].kind', code: 'response.notApplicableNotAllowed' },
    ],
    [
      'a perspective the instrument does not take',
      (w) => (first(w.responses, 1).perspective = 'peer'),
      { path: 'responses[1].perspective', code: 'response.perspectiveNotAllowed' },
    ],
    [
      'a draft with a submission time',
      (w) => (first(w.responses, 1).submittedAt = '2026-03-03T10:05:00Z'),
      { path: 'responses[1].submittedAt', code: 'response.submittedAtMismatch' },
    ],
    [
      'a submission after the campaign closed',
      (w) => {
        const response = first(w.responses);
        response.updatedAt = '2026-04-02T10:00:00Z';
        response.submittedAt = '2026-04-02T10:00:00Z';
      },
      { path: 'responses[0].submittedAt', code: 'response.outsideSchedule' },
    ],
    [
      'a response updated before it was started',
      (w) => (first(w.responses, 1).updatedAt = '2026-03-01T10:00:00Z'),
      { path: 'responses[1].updatedAt', code: 'dates.outOfOrder' },
    ],
    [
      'a self-assessment about someone else',
      (w) => (first(w.responses).subjectId = 'p2'),
      { path: 'responses[0].subjectId', code: 'response.selfAboutSomeoneElse' },
    ],
    [
      'a supervisor rating that does not say whom it rates',
      (w) => delete first(w.responses, 1).subjectId,
      { path: 'responses[1].subjectId', code: 'response.subjectRequired' },
    ],
    [
      'the same self-assessment submitted twice',
      (w) => w.responses.push({ ...structuredClone(first(w.responses)), id: 'r3' }),
      { path: 'responses[2].respondentId', code: 'response.duplicateSubmission' },
    ],
    [
      'a role requiring one competency twice',
      (w) => first(w.roles).requirements.push({ competencyId: 'data-literacy', requiredLevel: 2 }),
      { path: 'roles[0].requirements[1].competencyId', code: 'role.duplicateRequirement' },
    ],
    [
      'personal data given twice for one person',
      (w) => w.personalData?.push({ personId: 'p1', name: 'A. Diallo' }),
      { path: 'personalData[1].personId', code: 'id.duplicate' },
    ],
    [
      'a stakeholder activity led by an unknown person',
      (w) => (first(first(w.stakeholders).activities).ownerId = 'nope'),
      { path: 'stakeholders[0].activities[0].ownerId', code: 'ref.unknown' },
    ],
    [
      'an artefact in a round the programme lacks',
      (w) => (first(w.stakeholders).round = 3),
      { path: 'stakeholders[0].round', code: 'ref.unknownRound' },
    ],
    [
      'an asset pointing at an unknown community',
      (w) => {
        const asset = first(w.assets, 1);
        if (asset.kind === 'communityOfPractice') asset.communityId = 'nope';
      },
      { path: 'assets[1].communityId', code: 'ref.unknown' },
    ],
    [
      'a capability centre with an unknown competency',
      (w) => {
        const asset = first(w.assets, 2);
        if (asset.kind === 'centreOfExcellence')
          first(asset.capabilityCentres).competencyIds.push('nope');
      },
      { path: 'assets[2].capabilityCentres[0].competencyIds[1]', code: 'ref.unknown' },
    ],
    [
      'a community member who is not a person',
      (w) => (first(w.communities).memberIds[1] = 'nope'),
      { path: 'communities[0].memberIds[1]', code: 'ref.unknown' },
    ],
    [
      'an intervention targeting an unknown competency',
      (w) => (first(first(first(w.plans).interventions).targets).competencyId = 'nope'),
      { path: 'plans[0].interventions[0].targets[0].competencyId', code: 'ref.unknown' },
    ],
    [
      'an intervention that ends before it starts',
      (w) => (first(first(w.plans).interventions).endsOn = '2026-04-30'),
      { path: 'plans[0].interventions[0].endsOn', code: 'dates.outOfOrder' },
    ],
    [
      'an intervention costed in another currency',
      (w) => {
        // Run from no catalogue entry, so only the budget's currency disagrees.
        const intervention = first(first(w.plans).interventions);
        intervention.cost.currency = 'USD';
        delete intervention.offeringId;
      },
      { path: 'plans[0].interventions[0].cost.currency', code: 'plan.currencyMismatch' },
    ],
    [
      'interventions over budget',
      (w) => (first(w.plans).budget.amount = 5000),
      { path: 'plans[0].budget.amount', code: 'plan.overBudget' },
    ],
    [
      'an evaluation of an unknown plan',
      (w) => (first(w.evaluations).planId = 'nope'),
      { path: 'evaluations[0].planId', code: 'ref.unknown' },
    ],
    [
      'a Kirkpatrick measure of an intervention outside the plan',
      (w) => (first(first(w.evaluations).kirkpatrick).interventionId = 'nope'),
      { path: 'evaluations[0].kirkpatrick[0].interventionId', code: 'ref.unknown' },
    ],
    [
      'ROI amounts in two currencies',
      (w) => {
        const roi = first(w.evaluations).roi;
        if (roi !== undefined) first(roi.costs).amount.currency = 'USD';
      },
      { path: 'evaluations[0].roi.costs[0].amount.currency', code: 'roi.currencyMismatch' },
    ],
    [
      'an indicator measured before its baseline',
      (w) => (first(first(first(w.evaluations).indicators).actuals).on = '2025-12-31'),
      { path: 'evaluations[0].indicators[0].actuals[0].on', code: 'dates.outOfOrder' },
    ],
    [
      'a knowledge item whose stage disagrees with its history',
      (w) => (first(w.knowledgeItems).stage = 'stored'),
      { path: 'knowledgeItems[0].stage', code: 'knowledge.stageMismatch' },
    ],
    [
      'a knowledge history out of order',
      (w) => (first(first(w.knowledgeItems).history, 1).at = '2026-05-01T09:00:00Z'),
      { path: 'knowledgeItems[0].history[1].at', code: 'dates.outOfOrder' },
    ],
    [
      'rounds numbered out of order',
      (w) => (first(w.programme.rounds, 1).number = 3),
      { path: 'programme.rounds[1].number', code: 'round.numbering' },
    ],
    [
      'a duplicate person id',
      (w) => w.people.push({ id: 'p1' }),
      { path: 'people[2].id', code: 'id.duplicate' },
    ],
    [
      'the same framework version twice',
      (w) => w.frameworks.push(structuredClone(first(w.frameworks))),
      { path: 'frameworks[1].version', code: 'framework.duplicateVersion' },
    ],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      expect(issuesAfter(change)).toEqual([expected]);
    });
  }

  it('reports a single rating given to a paired item as a shape error', () => {
    const issues = issuesAfter(
      (w) => (first(first(w.responses).answers).kind = 'rating' as 'importancePerformance'),
    );
    expect(issues).toEqual([
      { path: 'responses[0].answers[0].value', code: 'invalid_type' },
      { path: 'responses[0].answers[0]', code: 'unrecognized_keys' },
    ]);
  });

  it('reports an intervention with more participants than seats', () => {
    const issues = issuesAfter((w) => {
      const intervention = first(first(w.plans).interventions);
      intervention.participantIds = ['p1', 'p2', 'p1'];
    });
    expect(issues).toEqual([
      { path: 'plans[0].interventions[0].participantIds', code: 'intervention.overSeats' },
    ]);
  });

  it('reports a unit that is its own ancestor', () => {
    const issues = issuesAfter((w) => (first(w.units).parentId = 'team'));
    expect(issues).toEqual([{ path: 'units[0].parentId', code: 'tree.cycle' }]);
  });

  it('reports every problem at once, in document order within each check', () => {
    const issues = issuesAfter((w) => {
      first(w.memberships).personId = 'ghost';
      first(w.responses).campaignId = 'nope';
      first(w.plans).budget.amount = 1;
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'memberships[0].personId',
      'responses[0].campaignId',
      'plans[0].budget.amount',
    ]);
  });

  it('says what is wrong in English and gives the parameters for translation', () => {
    const workspace = validWorkspace();
    first(workspace.memberships).roleId = 'astronaut';
    const result = validateWorkspace(workspace);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: 'memberships[0].roleId',
        code: 'ref.unknown',
        message: 'No role with id "astronaut"',
        params: { target: 'role', id: 'astronaut' },
      },
    ]);
  });
});

describe('validateWorkspace on structurally bad input', () => {
  it('reports shape problems with their paths before checking references', () => {
    const workspace = validWorkspace() as unknown as Record<string, unknown>;
    (workspace['people'] as unknown[]).push({ id: '' });
    delete workspace['plans'];
    const result = validateWorkspace(workspace);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'people[2].id', code: 'invalid_format' },
      { path: 'plans', code: 'invalid_type' },
    ]);
  });

  it('rejects a document without a schemaVersion, or from a newer capkit', () => {
    const { schemaVersion: _, ...unversioned } = validWorkspace();
    expect(validateWorkspace(unversioned)).toMatchObject({
      success: false,
      issues: [{ path: 'schemaVersion', code: 'document.missingSchemaVersion' }],
    });
    expect(validateWorkspace({ ...validWorkspace(), schemaVersion: 3 })).toMatchObject({
      success: false,
      issues: [{ path: 'schemaVersion', code: 'document.newerSchemaVersion' }],
    });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 1, 'workspace', [], {}, { schemaVersion: '1' }]) {
      expect(validateWorkspace(input).success).toBe(false);
    }
  });
});

describe('ids are unique inside nested lists, each duplicate located with its first use', () => {
  // Each case copies the fixture's only element of the list, so the copy repeats its id.
  const cases: [string, (workspace: Workspace) => void, string, string][] = [
    [
      'instrument sections',
      (w) => {
        const sections = first(w.instruments).sections ?? [];
        sections.push({ ...first(sections) });
      },
      'instruments[0].sections[1].id',
      'instruments[0].sections[0].id',
    ],
    [
      'intervention milestones',
      (w) => {
        const { milestones } = first(first(w.plans).interventions);
        milestones.push({ ...first(milestones) });
      },
      'plans[0].interventions[0].milestones[1].id',
      'plans[0].interventions[0].milestones[0].id',
    ],
    [
      'stakeholder activities',
      (w) => {
        const { activities } = first(w.stakeholders);
        activities.push({ ...first(activities) });
      },
      'stakeholders[0].activities[1].id',
      'stakeholders[0].activities[0].id',
    ],
    [
      'community-of-practice activities',
      (w) => {
        const { activities } = first(w.communities);
        activities.push({ ...first(activities) });
      },
      'communities[0].activities[1].id',
      'communities[0].activities[0].id',
    ],
    [
      'Kirkpatrick measures',
      (w) => {
        const { kirkpatrick } = first(w.evaluations);
        kirkpatrick.push({ ...first(kirkpatrick) });
      },
      'evaluations[0].kirkpatrick[1].id',
      'evaluations[0].kirkpatrick[0].id',
    ],
    [
      'indicators',
      (w) => {
        const { indicators } = first(w.evaluations);
        indicators.push({ ...first(indicators) });
      },
      'evaluations[0].indicators[1].id',
      'evaluations[0].indicators[0].id',
    ],
    [
      'capability centres',
      (w) => {
        const asset = w.assets.find((candidate) => candidate.kind === 'centreOfExcellence');
        if (asset?.kind !== 'centreOfExcellence') throw new Error('the fixture has a centre');
        asset.capabilityCentres.push({ ...first(asset.capabilityCentres) });
      },
      'assets[2].capabilityCentres[1].id',
      'assets[2].capabilityCentres[0].id',
    ],
  ];

  it.each(cases)('a repeated id in %s', (_, change, path, firstPath) => {
    const workspace = validWorkspace();
    change(workspace);
    const result = validateWorkspace(workspace);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      path,
      code: 'id.duplicate',
      params: { firstPath },
    });
    expect(result.issues[0]?.message).toContain(`it is first used at ${firstPath}`);
  });
});

describe('every duplicate id names where the id was first used', () => {
  it('for personal data given twice', () => {
    const workspace = validWorkspace();
    workspace.personalData?.push({ personId: 'p1', name: 'A. Diallo' });
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'personalData[1].personId',
        code: 'id.duplicate',
        message:
          'The id "p1" is used more than once in personalData; it is first used at personalData[0].personId',
        params: { id: 'p1', collection: 'personalData', firstPath: 'personalData[0].personId' },
      },
    ]);
  });

  it('for a response id used twice', () => {
    const workspace = validWorkspace();
    // A draft copy, so only the id clashes (a second submission would be a duplicate submission too).
    const draft = structuredClone(first(workspace.responses));
    workspace.responses.push({ ...draft, status: 'draft' });
    delete (workspace.responses.at(-1) as { submittedAt?: string }).submittedAt;
    const result = validateWorkspace(workspace);
    const duplicate = result.success
      ? undefined
      : result.issues.find((issue) => issue.code === 'id.duplicate');
    expect(duplicate).toEqual({
      path: `responses[${workspace.responses.length - 1}].id`,
      code: 'id.duplicate',
      message: `The id "${draft.id}" is used more than once in responses; it is first used at responses[0].id`,
      params: { id: draft.id, collection: 'responses', firstPath: 'responses[0].id' },
    });
  });

  it('for an id of the frameworks in a workspace, written as a path', () => {
    const workspace = validWorkspace();
    const scales = first(workspace.frameworks).scales;
    scales.push(structuredClone(first(scales)));
    const result = validateWorkspace(workspace);
    expect(result.success ? undefined : result.issues[0]?.params).toEqual({
      id: first(scales).id,
      collection: 'frameworks[0].scales',
      firstPath: 'frameworks[0].scales[0].id',
    });
  });
});
