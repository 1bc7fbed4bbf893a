import { validateWorkspace, type Answer, type Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../contract.js';
import { demoRoundOneClosesAt } from '../demoSample.js';
import { mutations, queries } from './trainingNeeds.js';

// Runs a query or mutation, a throw becoming a rejection (run may answer without a promise).
const attempt = (run: () => unknown) => new Promise((resolve) => resolve(run()));
const context: RunContext = { progress: () => undefined, signal: new AbortController().signal };
const sample = generateSampleWorkspace({ people: 1500, seed: 2026 });
// As the demo keeps it (demoSample.ts, with fewer people): round 1 still open.
const open: Workspace = {
  ...sample,
  campaigns: sample.campaigns.map((c) =>
    c.round === 1 ? { ...c, status: 'open', closesAt: demoRoundOneClosesAt } : c,
  ),
};

/** The sample with all but `keep` of the department's current staff moved to another unit. */
function shrinkDepartment(workspace: Workspace, departmentId: string, keep: number): Workspace {
  const parents = new Map(workspace.units.map((u) => [u.id, u.parentId]));
  const inDepartment = (unitId: string) => {
    for (let u: string | undefined = unitId; u !== undefined; u = parents.get(u))
      if (u === departmentId) return true;
    return false;
  };
  const elsewhere = workspace.units.find(
    (u) => u.parentId !== undefined && !inDepartment(u.id) && u.id !== departmentId,
  );
  if (elsewhere === undefined) throw new Error('the sample has one department only');
  let kept = 0;
  return {
    ...workspace,
    memberships: workspace.memberships.map((m) => {
      if (m.to !== undefined || !inDepartment(m.unitId)) return m;
      kept += 1;
      return kept <= keep ? m : { ...m, unitId: elsewhere.id };
    }),
  };
}

describe('trainingNeeds.overview', () => {
  it('shows every department of the sample, and rates that add up to the ministry’s', async () => {
    const overview = await queries['trainingNeeds.overview'].run(open, { locale: 'en' }, context);
    expect(overview.campaign.status).toBe('open');
    expect(overview.departments.every((d) => !d.withheld)).toBe(true);
    const shown = overview.departments.flatMap((d) => (d.withheld ? [] : [d]));
    expect(shown.reduce((sum, d) => sum + d.people, 0)).toBe(overview.people);
    expect(shown.reduce((sum, d) => sum + d.responded, 0)).toBe(overview.responded);
  });

  it('withholds a department under 5 staff, and the smallest other so the total cannot give it away', async () => {
    const first = (await queries['trainingNeeds.overview'].run(open, { locale: 'en' }, context))
      .departments[0];
    if (first === undefined) throw new Error('no department');
    const small = shrinkDepartment(open, first.id, 3);
    const overview = await queries['trainingNeeds.overview'].run(small, { locale: 'en' }, context);
    const withheld = overview.departments.filter((d) => d.withheld);
    expect(withheld.map((d) => d.reason)).toEqual(expect.arrayContaining(['small', 'complement']));
    expect(withheld.find((d) => d.reason === 'small')?.id).toBe(first.id);
    const shownPeople = overview.departments.reduce(
      (sum, d) => sum + (d.withheld ? 0 : d.people),
      0,
    );
    // What the total less the shown rows reveals rests on at least 5 people.
    expect(overview.people - shownPeople).toBeGreaterThanOrEqual(overview.k);
  });
});

describe('trainingNeeds.submit', () => {
  it('stores a valid submission, counts only real answers, and the next visit asks someone else', async () => {
    const before = await queries['trainingNeeds.respondent'].run(open, { locale: 'en' }, context);
    const person = before.person;
    if (person === null) throw new Error('everyone has answered');
    const items = before.instrument.items;
    const answers: Answer[] = items.map((item, index) =>
      index < 20
        ? { kind: 'importancePerformance', itemId: item.id, importance: 4, performance: 2 }
        : index === 20
          ? { kind: 'notApplicable', itemId: item.id }
          : index === 21
            ? // Half a pair is not an answer.
              { kind: 'importancePerformance', itemId: item.id, importance: 3, performance: null }
            : {
                kind: 'importancePerformance',
                itemId: item.id,
                importance: null,
                performance: null,
              },
    );
    const submitted = await mutations['trainingNeeds.submit'].run(
      open,
      {
        campaignId: before.campaign.id,
        respondentId: person.id,
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        answers,
      },
      context,
    );
    expect(submitted.result).toEqual({
      personId: person.id,
      answered: 20,
      notApplicable: 1,
      total: items.length,
      selfAssessments: before.selfAssessments + 1,
    });
    expect(validateWorkspace(submitted.workspace).success).toBe(true);
    const stored = submitted.workspace.responses.filter(
      (r) => r.respondentId === person.id && r.campaignId === before.campaign.id,
    );
    expect(stored.map((r) => r.status)).toEqual(['submitted']);

    const results = await queries['trainingNeeds.results'].run(
      submitted.workspace,
      { locale: 'en' },
      context,
    );
    expect(results.people).toBe(before.selfAssessments + 1);
    const next = await queries['trainingNeeds.respondent'].run(
      submitted.workspace,
      { locale: 'en' },
      context,
    );
    expect(next.person?.id).not.toBe(person.id);
    expect(next.selfAssessments).toBe(before.selfAssessments + 1);

    await expect(
      attempt(() =>
        mutations['trainingNeeds.submit'].run(
          submitted.workspace,
          {
            campaignId: before.campaign.id,
            respondentId: person.id,
            startedAt: new Date().toISOString(),
            answers,
          },
          context,
        ),
      ),
    ).rejects.toThrow('already submitted');
  });

  it('refuses answers once the campaign is closed', async () => {
    const closed = await mutations['trainingNeeds.closeCampaign'].run(
      open,
      { campaignId: 'tna-2026-ministry' },
      context,
    );
    expect(closed.workspace.campaigns.find((c) => c.round === 1)?.status).toBe('closed');
    expect(validateWorkspace(closed.workspace).success).toBe(true);
    const respondent = await queries['trainingNeeds.respondent'].run(
      closed.workspace,
      { locale: 'en' },
      context,
    );
    await expect(
      attempt(() =>
        mutations['trainingNeeds.submit'].run(
          closed.workspace,
          {
            campaignId: 'tna-2026-ministry',
            respondentId: respondent.person?.id ?? 'nobody',
            startedAt: new Date().toISOString(),
            answers: [],
          },
          context,
        ),
      ),
    ).rejects.toThrow('closed');
  });
});
