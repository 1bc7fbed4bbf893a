import type { AssessmentResponse, Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosureProblems, type CheckedPerson } from './__tests__/disclosureChecker.js';
import { facts } from './__tests__/peopleFacts.js';
import { publishedCells } from './__tests__/publishedCells.js';
import { analyseTrainingNeeds } from './analyseTrainingNeeds.js';
import type { PublicationTable } from './publication.js';

const allTables: PublicationTable[] = ['organisation', 'units', 'roles', 'unitRoles'];

/**
 * A ministry with two rounds: the sample's round-1 responses, and a round 2 in which every
 * person answers again (a shifted copy), so that a careless analysis would count each twice.
 */
function twoRoundMinistry(people: number, seed: number): Workspace {
  const workspace = generateSampleWorkspace({ people, seed });
  const [first, second] = workspace.campaigns;
  if (first === undefined || second === undefined) throw new Error('the sample has two campaigns');
  const round2 = workspace.responses
    .filter((response) => response.campaignId === first.id)
    .map((response): AssessmentResponse => ({
      ...response,
      id: `${response.id}.round2`,
      campaignId: second.id,
    }));
  return { ...workspace, responses: [...workspace.responses, ...round2] };
}

function membersOf(workspace: Workspace, people: readonly CheckedPerson[]) {
  const roles = workspace.roles.length;
  const parent = workspace.units.map((unit) =>
    unit.parentId === undefined ? -1 : workspace.units.findIndex((u) => u.id === unit.parentId),
  );
  const within = (unit: number, ancestor: number) => {
    for (let u = unit; u >= 0; u = parent[u] as number) if (u === ancestor) return true;
    return false;
  };
  return (table: string, group: number) =>
    people.flatMap((person, p) => {
      const inCell =
        table === 'organisation' ||
        (table === 'units' && within(person.unit, group)) ||
        (table === 'roles' && person.role === group) ||
        (table === 'unitRoles' &&
          person.role === group % roles &&
          within(person.unit, Math.floor(group / roles)));
      return inCell ? [p] : [];
    });
}

describe('analyseTrainingNeeds', () => {
  const workspace = twoRoundMinistry(120, 3);
  const [round1, round2] = workspace.campaigns;
  const options = { campaignId: round1?.id ?? '', perspective: 'self', k: 5 } as const;

  it('counts each person once: round 2 is another analysis, both together are refused (leak 2)', () => {
    const first = analyseTrainingNeeds(workspace, options);
    const second = analyseTrainingNeeds(workspace, { ...options, campaignId: round2?.id ?? '' });
    const selfSubmitted = workspace.responses.filter(
      (r) => r.campaignId === round1?.id && r.status === 'submitted' && r.perspective === 'self',
    ).length;
    expect(first.selection.people).toBe(selfSubmitted);
    expect(second.selection.people).toBe(selfSubmitted);
    const organisation = first.groups.organisation?.cells[0];
    expect(organisation?.status === 'published' && organisation.count).toBeLessThanOrEqual(
      selfSubmitted,
    );
    expect(() =>
      analyseTrainingNeeds(workspace, {
        ...options,
        campaignId: [round1?.id ?? '', round2?.id ?? ''],
      }),
    ).toThrow(/is counted already in responses\[\d+\]/);
    expect(() => analyseTrainingNeeds(workspace, { ...options, status: 'draft' })).toThrow(
      /options\.status/,
    );
  });

  it('returns priorities with intervals, item and competency matrices, and protected tables', () => {
    const analysis = analyseTrainingNeeds(workspace, {
      ...options,
      bootstrap: { replicates: 200 },
    });
    expect(analysis.priorities.by).toBe('competency');
    expect(analysis.priorities.units).toHaveLength(analysis.needCompetencyIds.length);
    const top = analysis.priorities.units.find((unit) => unit.rank === 1);
    expect(top?.lower).toBeLessThanOrEqual(top?.meanWeightedDiscrepancy ?? Number.NaN);
    expect(analysis.importancePerformance.items.items).toHaveLength(analysis.itemIds.length);
    expect(analysis.importancePerformance.competencies.items).toHaveLength(
      analysis.needCompetencyIds.length,
    );
    expect(analysis.groups.disclosure.protectedTogether).toEqual([
      'organisation',
      'units',
      'roles',
    ]);
    const cells = analysis.groups.units?.cells ?? [];
    expect(cells.some((cell) => cell.status === 'published')).toBe(true);
    for (const cell of cells)
      if (cell.status === 'published') expect(cell.count).toBeGreaterThanOrEqual(5);
    expect(analysis.disclosure).toEqual({ rule: 'minimumDistinctPeople', k: 5 });
  });

  it('refuses Borich over all importance ratings when few people rated importance only', () => {
    // Person 0 of round 1 rates the first item for importance but not performance: the matrix
    // (complete pairs) and the priorities (every importance rating) would differ by that one rating.
    const responses = [...workspace.responses];
    const index = responses.findIndex(
      (r) => r.campaignId === round1?.id && r.status === 'submitted' && r.perspective === 'self',
    );
    const target = responses[index];
    if (target === undefined) throw new Error('the sample has responses');
    const answers = target.answers.map((answer, a) =>
      a === target.answers.findIndex((x) => x.kind === 'importancePerformance') &&
      answer.kind === 'importancePerformance'
        ? { ...answer, importance: 4, performance: null }
        : answer,
    );
    responses[index] = { ...target, answers };
    const edited = { ...workspace, responses };
    expect(() =>
      analyseTrainingNeeds(edited, { ...options, importanceBasis: 'allRatings' }),
    ).toThrow(/options\.importanceBasis: 'allRatings' would reveal/);
    expect(() => analyseTrainingNeeds(edited, options)).not.toThrow();
  });

  it('publishes no figure on fewer than k people and no recoverable small group, on generated ministries (checker and attacker)', () => {
    fc.assert(
      fc.property(
        fc.record({
          people: fc.constantFrom(25, 60, 140),
          seed: fc.integer({ min: 1, max: 1000 }),
          k: fc.integer({ min: 3, max: 6 }),
          round: fc.constantFrom(0, 1),
          tables: fc.subarray(allTables, { minLength: 1 }),
        }),
        ({ people, seed, k, round, tables }) => {
          const ministry = twoRoundMinistry(people, seed);
          const campaignId = ministry.campaigns[round]?.id ?? '';
          const analysis = analyseTrainingNeeds(ministry, {
            campaignId,
            perspective: 'self',
            k,
            tables,
            bootstrap: { replicates: 20 },
          });
          const people_ = facts(ministry, campaignId, analysis.groups.competencyIds);
          expect(
            disclosureProblems(
              people_,
              publishedCells({
                organisation: analysis.groups.organisation,
                units: analysis.groups.units,
                roles: analysis.groups.roles,
                unitRoles: analysis.groups.unitRoles,
              }),
              membersOf(ministry, people_),
              analysis.groups.competencyIds.length,
              k,
            ),
          ).toEqual([]);
          for (const unit of analysis.priorities.units)
            if (unit.n !== null && unit.n > 0) expect(unit.n).toBeGreaterThanOrEqual(k);
          for (const item of [
            ...analysis.importancePerformance.items.items,
            ...analysis.importancePerformance.competencies.items,
          ])
            if (item.n !== null && item.n > 0) expect(item.n).toBeGreaterThanOrEqual(k);
        },
      ),
      { numRuns: 12 },
    );
  });
});
