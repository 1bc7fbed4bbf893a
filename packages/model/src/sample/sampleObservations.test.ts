import { describe, expect, it } from 'vitest';
import { generateSampleWorkspace } from './generateSampleWorkspace.js';

describe('the sample evaluation observations', () => {
  const workspace = generateSampleWorkspace({ people: 2_000, seed: 3 });
  const [evaluation] = workspace.evaluations;
  const observations = evaluation?.observations ?? [];
  const interventions = new Map(
    workspace.plans.flatMap((plan) => plan.interventions).map((i) => [i.id, i]),
  );

  it('observe participants of the interventions that have started, at levels 1 to 3', () => {
    for (const observation of observations) {
      const intervention = interventions.get(observation.interventionId);
      expect(intervention?.participantIds).toContain(observation.personId);
      expect(intervention?.status).not.toBe('planned');
    }
    expect(new Set(observations.map((o) => `${o.level} ${o.instrument}`))).toEqual(
      new Set(['1 reaction', '2 preTest', '2 postTest', '3 followUp']),
    );
  });

  it('give each completed course a post-test above the pre-test for most people', () => {
    const byPerson = new Map<string, { pre?: number; post?: number }>();
    for (const o of observations) {
      if (o.interventionId !== 'int-identity-course') continue;
      const entry = byPerson.get(o.personId) ?? {};
      if (o.instrument === 'preTest') entry.pre = o.value;
      if (o.instrument === 'postTest') entry.post = o.value;
      byPerson.set(o.personId, entry);
    }
    const paired = [...byPerson.values()].filter(
      (entry): entry is { pre: number; post: number } =>
        entry.pre !== undefined && entry.post !== undefined,
    );
    expect(paired.length).toBeGreaterThanOrEqual(40);
    expect(paired.length).toBeLessThan(byPerson.size);
    const improved = paired.filter((entry) => entry.post > entry.pre).length;
    expect(improved / paired.length).toBeGreaterThan(0.8);
  });

  it('take follow-ups 90 days after the end, only those due by the evaluation', () => {
    for (const o of observations.filter((each) => each.instrument === 'followUp')) {
      expect(o.on <= '2026-12-01').toBe(true);
    }
    expect(observations.filter((o) => o.instrument === 'followUp').length).toBeGreaterThan(0);
  });
});
