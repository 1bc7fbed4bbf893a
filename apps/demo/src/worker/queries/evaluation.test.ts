import { validateWorkspace, type Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../contract.js';
import { mutations, queries } from './evaluation.js';

const context: RunContext = { progress: () => undefined, signal: new AbortController().signal };
const sample = generateSampleWorkspace({ people: 1500, seed: 2026 });
// As the demo keeps it: round 1 still open (the training-needs area's choice).
const roundOneOpen: Workspace = {
  ...sample,
  campaigns: sample.campaigns.map((c) =>
    c.round === 1 ? { ...c, status: 'open', closesAt: '2027-01-31T17:00:00.000Z' } : c,
  ),
};

describe('evaluation', () => {
  it('says round 2 is not collected until it is, then compares the rounds', async () => {
    const before = await queries['evaluation.overview'].run(sample, { locale: 'en' }, context);
    expect(before.round2).toBe('ready');
    const summary = await queries['evaluation.summary'].run(sample, { locale: 'en' }, context);
    expect(summary.change).toBeNull();
    expect(summary.kirkpatrick).not.toBeNull();

    const collected = await mutations['evaluation.collectSecondRound'].run(sample, {}, context);
    const round1 = sample.responses.filter(
      (r) =>
        r.campaignId === 'tna-2026-ministry' &&
        r.perspective === 'self' &&
        r.status === 'submitted',
    ).length;
    expect(collected.result.responses).toBeGreaterThan(round1 * 0.8);
    expect(collected.result.responses).toBeLessThan(round1);
    expect(collected.result.followUps).toBeGreaterThan(0);
    expect(collected.workspace.campaigns.find((c) => c.round === 2)?.status).toBe('closed');

    const after = await queries['evaluation.summary'].run(
      collected.workspace,
      { locale: 'en' },
      context,
    );
    const overall = after.change?.overall;
    expect(overall?.treated.withheld).toBeNull();
    const treated = overall?.treated.statistics?.meanChange ?? Number.NaN;
    const untreated = overall?.untreated.statistics?.meanChange ?? Number.NaN;
    expect(treated).toBeGreaterThan(0.3);
    expect(Math.abs(untreated)).toBeLessThan(0.15);
    expect(overall?.differenceInDifferences.conclusion).toBe('improved');

    const comparison = await queries['evaluation.comparison'].run(
      collected.workspace,
      { locale: 'en' },
      context,
    );
    // The secondments train a handful of people: withheld, never a number on fewer than 5.
    for (const { result } of comparison?.interventions ?? [])
      if (result.treated.withheld !== null) expect(result.treated.statistics).toBeNull();

    expect(() =>
      mutations['evaluation.collectSecondRound'].run(collected.workspace, {}, context),
    ).toThrow('already been collected');
  });

  it('keeps the workspace valid with round 1 open, and starts round 3 only after round 2', () => {
    expect(() => mutations['evaluation.startNextRound'].run(roundOneOpen, {}, context)).toThrow(
      'has not been collected',
    );
    const collected = mutations['evaluation.collectSecondRound'].run(roundOneOpen, {}, context);
    if (collected instanceof Promise) throw new Error('synchronous');
    const next = mutations['evaluation.startNextRound'].run(collected.workspace, {}, context);
    if (next instanceof Promise) throw new Error('synchronous');
    const checked = validateWorkspace(next.workspace);
    expect(checked.success ? [] : checked.issues.slice(0, 3)).toEqual([]);
    expect(next.result.round).toBe(3);
    expect(next.workspace.programme.rounds.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(next.workspace.programme.rounds[1]?.endsOn).toBe('2028-01-02');
    expect(next.workspace.campaigns.at(-1)).toMatchObject({
      round: 3,
      status: 'scheduled',
      opensAt: '2028-01-31T08:00:00.000Z',
    });
    expect(() => mutations['evaluation.startNextRound'].run(next.workspace, {}, context)).toThrow(
      'has not been collected',
    );
  });
});
