import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWithinSchedule } from '../campaign.js';
import { knowledgeStages } from '../vocabulary.js';
import { digitalGovernmentFramework } from '../reference/digitalGovernmentFramework.js';
import { digitalGovernmentRoles } from '../reference/digitalGovernmentRoles.js';
import { suggestedEngagementStrategy } from '../vocabulary.js';
import { validateWorkspace } from '../validation.js';
import { generateSampleWorkspace } from './generateSampleWorkspace.js';

describe('generateSampleWorkspace validates with no issues', () => {
  it.each([1, 10, 200, 2_000])('for %i people', (people) => {
    const workspace = generateSampleWorkspace({ people, seed: 7 });
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues.slice(0, 10)).toEqual([]);
    expect(workspace.people).toHaveLength(people);
  });

  it('without personal data and without responses', () => {
    const workspace = generateSampleWorkspace({
      people: 200,
      personalData: false,
      responses: false,
    });
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues.slice(0, 10)).toEqual([]);
  });
});

describe('generateSampleWorkspace is deterministic', () => {
  it('gives deeply equal workspaces for the same options', () => {
    expect(generateSampleWorkspace({ people: 300, seed: 42 })).toEqual(
      generateSampleWorkspace({ people: 300, seed: 42 }),
    );
  });

  it('gives another ministry for another seed', () => {
    const a = generateSampleWorkspace({ people: 300, seed: 1 });
    const b = generateSampleWorkspace({ people: 300, seed: 2 });
    expect(a.people.map((p) => p.id)).not.toEqual(b.people.map((p) => p.id));
    expect(a.responses.map((r) => r.answers)).not.toEqual(b.responses.map((r) => r.answers));
    expect(a.personalData).not.toEqual(b.personalData);
  });

  it('uses seed 1 by default', () => {
    expect(generateSampleWorkspace({ people: 50 })).toEqual(
      generateSampleWorkspace({ people: 50, seed: 1 }),
    );
  });

  it('gives the same workspace in every time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/New_York';
      const newYork = generateSampleWorkspace({ people: 100 });
      process.env['TZ'] = 'Pacific/Kiritimati';
      const kiritimati = generateSampleWorkspace({ people: 100 });
      process.env['TZ'] = 'UTC';
      expect(newYork).toEqual(kiritimati);
      expect(generateSampleWorkspace({ people: 100 })).toEqual(newYork);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('leaves the rest of the workspace unchanged when responses or personal data are left out', () => {
    const full = generateSampleWorkspace({ people: 200, seed: 5 });
    const lean = generateSampleWorkspace({
      people: 200,
      seed: 5,
      responses: false,
      personalData: false,
    });
    const { personalData, ...withoutPersonalData } = full;
    expect(personalData).toHaveLength(200);
    expect(lean).not.toHaveProperty('personalData');
    expect(lean).toEqual({ ...withoutPersonalData, responses: [] });
  });

  it('keeps the people, personal data, memberships, responses and units of schemaVersion 1', () => {
    // Digests printed by the generator at commit b417f28 (before schemaVersion 2), run from a
    // copy of that commit's packages/model: the new documents draw from a stream of their own.
    const digestOf = (people: number, seed: number) => {
      const w = generateSampleWorkspace({ people, seed });
      return createHash('sha256')
        .update(JSON.stringify([w.people, w.personalData, w.memberships, w.responses, w.units]))
        .digest('hex');
    };
    expect(digestOf(200, 7)).toBe(
      '1ae551555c5e72790dd5fe5ddef25d74642503e94a7f288076c61c062385070b',
    );
    expect(digestOf(10, 3)).toBe(
      '7c308a30402997b449281ed8ea8c5bd3538b93b7761f7338e56fdf301ae83ab2',
    );
  });

  it('hands out copies of the reference data', () => {
    const workspace = generateSampleWorkspace({ people: 10 });
    expect(workspace.frameworks[0]).toEqual(digitalGovernmentFramework);
    expect(workspace.frameworks[0]).not.toBe(digitalGovernmentFramework);
    expect(workspace.roles).toEqual(digitalGovernmentRoles);
    expect(workspace.roles).not.toBe(digitalGovernmentRoles);
  });
});

describe('generateSampleWorkspace builds a plausible ministry', () => {
  it('nests ministry → departments → teams, adding levels as the ministry grows', () => {
    const depth = (people: number) => {
      const { units } = generateSampleWorkspace({ people, responses: false });
      const parent = new Map(units.map((unit) => [unit.id, unit.parentId]));
      return Math.max(
        ...units.map((unit) => {
          let levels = 1;
          for (let at = unit.parentId; at !== undefined; at = parent.get(at)) levels += 1;
          return levels;
        }),
      );
    };
    expect(depth(10)).toBe(3);
    expect(depth(200)).toBe(3);
    expect(depth(2_000)).toBe(4);
  });

  it('puts every person in exactly one current role in a team', () => {
    const workspace = generateSampleWorkspace({ people: 500, responses: false });
    const parents = new Set(workspace.units.flatMap((unit) => unit.parentId ?? []));
    const current = workspace.memberships.filter((m) => m.to === undefined);
    expect(current.map((m) => m.personId).sort()).toEqual(workspace.people.map((p) => p.id).sort());
    for (const membership of current) expect(parents.has(membership.unitId)).toBe(false);
    expect(new Set(current.map((m) => m.roleId)).size).toBeGreaterThanOrEqual(6);
  });

  it('invents a name and a unique email for every person', () => {
    const workspace = generateSampleWorkspace({ people: 500, responses: false });
    const emails = workspace.personalData?.map((entry) => entry.email) ?? [];
    expect(emails).toHaveLength(500);
    expect(new Set(emails).size).toBe(500);
    expect(workspace.people.every((p) => /^p-[0-9a-f]{8}$/.test(p.id))).toBe(true);
  });

  it('asks 40 importance–performance items, 4 for each of 10 competencies, self and supervisor', () => {
    const [instrument] = generateSampleWorkspace({ people: 10 }).instruments;
    expect(instrument?.items).toHaveLength(40);
    expect(instrument?.items.every((item) => item.format === 'importancePerformance')).toBe(true);
    const perCompetency = new Map<string, number>();
    for (const item of instrument?.items ?? []) {
      const id = item.target.kind === 'competency' ? item.target.competencyId : 'undp';
      perCompetency.set(id, (perCompetency.get(id) ?? 0) + 1);
    }
    expect([...perCompetency.values()]).toEqual(Array.from({ length: 10 }, () => 4));
    expect(instrument?.perspectives).toEqual(['self', 'supervisor']);
    expect(instrument?.ratingScale).toMatchObject({ min: 1, max: 5, allowNotApplicable: true });
  });

  it('has two rounds, assets of every kind, stakeholders on the grid, and a plan within budget', () => {
    const workspace = generateSampleWorkspace({ people: 200, responses: false });
    expect(workspace.programme.rounds.map((round) => round.number)).toEqual([1, 2]);
    expect(new Set(workspace.assets.map((asset) => asset.kind))).toEqual(
      new Set([
        'trainedPeople',
        'trainingInstitution',
        'communityOfPractice',
        'centreOfExcellence',
        'learningMaterial',
      ]),
    );
    for (const stakeholder of workspace.stakeholders) {
      expect(stakeholder.strategy).toBe(
        suggestedEngagementStrategy(stakeholder.power, stakeholder.interest),
      );
    }
    const [plan] = workspace.plans;
    const total =
      plan?.interventions.reduce(
        (sum, i) => sum + i.cost.fixed + i.cost.perParticipant * i.seats,
        0,
      ) ?? Infinity;
    expect(total).toBeLessThanOrEqual(plan?.budget.amount ?? 0);
    expect(workspace.communities.length).toBeGreaterThanOrEqual(1);
  });

  it('evaluates at all four Kirkpatrick levels with ROI inputs and indicators', () => {
    const [evaluation] = generateSampleWorkspace({ people: 200, responses: false }).evaluations;
    expect(new Set(evaluation?.kirkpatrick.map((measure) => measure.level))).toEqual(
      new Set([1, 2, 3, 4]),
    );
    expect(evaluation?.roi?.benefits.length).toBeGreaterThan(0);
    expect(evaluation?.roi?.costs.length).toBeGreaterThan(0);
    expect(evaluation?.indicators.length).toBeGreaterThan(0);
  });

  it('has knowledge items at every stage of the knowledge cycle', () => {
    const { knowledgeItems } = generateSampleWorkspace({ people: 10 });
    expect(new Set(knowledgeItems.map((item) => item.stage))).toEqual(new Set(knowledgeStages));
  });

  it('refuses a head count or seed out of range', () => {
    expect(() => generateSampleWorkspace({ people: 0 })).toThrow(RangeError);
    expect(() => generateSampleWorkspace({ people: 2.5 })).toThrow(RangeError);
    expect(() => generateSampleWorkspace({ people: 10, seed: 0.5 })).toThrow(RangeError);
  });
});

describe('generateSampleWorkspace responses', () => {
  const workspace = generateSampleWorkspace({ people: 2_000, seed: 3 });
  const [campaign] = workspace.campaigns;
  const answers = workspace.responses.flatMap((response) => response.answers);
  const rated = answers.flatMap((answer) =>
    answer.kind === 'importancePerformance' ? [answer] : [],
  );

  it('come from most people about themselves and from team leads about their members', () => {
    const self = workspace.responses.filter((r) => r.perspective === 'self');
    const supervisor = workspace.responses.filter((r) => r.perspective === 'supervisor');
    expect(self.length / 2_000).toBeGreaterThan(0.75);
    expect(self.length / 2_000).toBeLessThan(0.95);
    expect(supervisor.length / 2_000).toBeGreaterThan(0.5);
    expect(
      supervisor.every((r) => r.subjectId !== undefined && r.subjectId !== r.respondentId),
    ).toBe(true);
  });

  it('skip about 5% of answers and mark a few not applicable', () => {
    const skipped = rated.filter((a) => a.importance === null || a.performance === null);
    expect(skipped.length / rated.length).toBeGreaterThan(0.03);
    expect(skipped.length / rated.length).toBeLessThan(0.07);
    const notApplicable = answers.filter((a) => a.kind === 'notApplicable');
    expect(notApplicable.length / answers.length).toBeGreaterThan(0.005);
    expect(notApplicable.length / answers.length).toBeLessThan(0.06);
  });

  it('leave about 10% as drafts, part-answered, and submit the rest within the schedule', () => {
    const drafts = workspace.responses.filter((r) => r.status === 'draft');
    expect(drafts.length / workspace.responses.length).toBeGreaterThan(0.07);
    expect(drafts.length / workspace.responses.length).toBeLessThan(0.13);
    expect(drafts.every((r) => r.submittedAt === undefined && r.answers.length < 40)).toBe(true);
    const submitted = workspace.responses.filter((r) => r.status === 'submitted');
    for (const response of submitted) {
      expect(response.answers).toHaveLength(40);
      expect(campaign && isWithinSchedule(campaign, response.submittedAt ?? '')).toBe(true);
    }
  });

  it('start on working days, within nine hours of the opening time of day', () => {
    for (const response of workspace.responses) {
      const started = new Date(response.startedAt);
      expect([1, 2, 3, 4, 5]).toContain(started.getUTCDay());
      expect(started.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(started.getUTCHours()).toBeLessThanOrEqual(17);
    }
  });

  it('rate importance higher where the role requires the competency at a higher level', () => {
    const roleOf = new Map(
      workspace.memberships.filter((m) => !m.to).map((m) => [m.personId, m.roleId]),
    );
    const required = new Map(
      workspace.roles.map((role) => [
        role.id,
        new Map(role.requirements.map((r) => [r.competencyId, r.requiredLevel])),
      ]),
    );
    const competencyOf = new Map(
      workspace.instruments[0]?.items.map((item) => [
        item.id,
        item.target.kind === 'competency' ? item.target.competencyId : '',
      ]),
    );
    const byLevel = new Map<number, number[]>();
    for (const response of workspace.responses) {
      const role = required.get(roleOf.get(response.subjectId ?? response.respondentId) ?? '');
      for (const answer of response.answers) {
        if (answer.kind !== 'importancePerformance' || answer.importance === null) continue;
        const level = role?.get(competencyOf.get(answer.itemId) ?? '') ?? 0;
        const values = byLevel.get(level) ?? [];
        values.push(answer.importance);
        byLevel.set(level, values);
      }
    }
    const mean = (values: readonly number[] = []) =>
      values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(byLevel.get(0))).toBeLessThan(mean(byLevel.get(1)));
    expect(mean(byLevel.get(1))).toBeLessThan(mean(byLevel.get(2)));
    expect(mean(byLevel.get(2))).toBeLessThan(mean(byLevel.get(3)));
  });

  it('rate performance a little lower from supervisors than from the people themselves', () => {
    const meanPerformance = (perspective: string) => {
      const values = workspace.responses
        .filter((r) => r.perspective === perspective)
        .flatMap((r) => r.answers)
        .flatMap((a) =>
          a.kind === 'importancePerformance' && a.performance !== null ? [a.performance] : [],
        );
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(meanPerformance('supervisor')).toBeLessThan(meanPerformance('self'));
  });
});
