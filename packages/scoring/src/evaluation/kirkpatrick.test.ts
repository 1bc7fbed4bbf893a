import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicatorProgress.js';
import { kirkpatrickRollUp, type KirkpatrickInput } from './kirkpatrick.js';
import { protectRemainderOfSets } from './protectRemainder.js';
import { kirkpatrickInputFromModel } from './kirkpatrickFromModel.js';

type Observation = KirkpatrickInput['observations'][number];

function observation(
  id: string,
  personId: string,
  interventionId: string,
  instrument: Observation['instrument'],
  value: number,
  on = '2026-05-01',
): Observation {
  const level = instrument === 'reaction' ? 1 : instrument.endsWith('Test') ? 2 : 3;
  const [scaleMin, scaleMax] = instrument.endsWith('Test') ? [0, 100] : [1, 5];
  return { id, personId, interventionId, level, instrument, value, scaleMin, scaleMax, on };
}

describe('indicatorProgress: worked by hand', () => {
  // Baseline 2 on 2026-01-15, target 10 on 2026-12-31 (day 350); actuals 4 (day 166), 7 (day 258).
  // Least squares on (0, 2), (166, 4), (258, 7): slope 949/51292 per day = 6.7578… per year;
  // the line gives 8.194 on day 350, short of 10: off track. Share of the way (7 − 2)/8 = 0.625.
  const progress = indicatorProgress(
    {
      id: 'dashboards',
      baseline: { value: 2, on: '2026-01-15' },
      target: { value: 10, on: '2026-12-31' },
      actuals: [
        { value: 7, on: '2026-09-30' },
        { value: 4, on: '2026-06-30' },
      ],
    },
    '2026-09-30',
  );

  it('gives the share of the way, of time, the slope per year and the projection', () => {
    expect(progress.latest).toEqual({ value: 7, on: '2026-09-30' });
    expect(progress.shareOfWay).toBeCloseTo(0.625, 15);
    expect(progress.shareOfTime).toBeCloseTo(258 / 350, 15);
    expect(progress.slopePerYear).toBeCloseTo((949 / 51292) * 365.25, 12);
    expect(progress.projectedAtTarget).toBeCloseTo(8.194065351321843, 12);
    expect(progress.status).toBe('offTrack');
  });

  it('reads a falling target the same way, and says achieved and noData', () => {
    const falling = indicatorProgress(
      {
        id: 'days-to-approve',
        baseline: { value: 30, on: '2026-01-01' },
        target: { value: 10, on: '2027-01-01' },
        actuals: [{ value: 20, on: '2026-07-02' }],
      },
      '2026-07-02',
    );
    expect(falling.shareOfWay).toBeCloseTo(0.5, 15);
    expect(falling.status).toBe('onTrack');
    expect(falling.slopePerYear).toBeCloseTo(-10 / (182 / 365.25), 12);
    const reached = indicatorProgress(
      {
        id: 'x',
        baseline: { value: 0, on: '2026-01-01' },
        target: { value: 1, on: '2027-01-01' },
        actuals: [{ value: 1.2, on: '2026-03-01' }],
      },
      '2026-03-01',
    );
    expect(reached.status).toBe('achieved');
    const none = indicatorProgress(
      {
        id: 'y',
        baseline: { value: 0, on: '2026-01-01' },
        target: { value: 1, on: '2027-01-01' },
        actuals: [],
      },
      '2026-03-01',
    );
    expect([none.status, none.slopePerYear, none.shareOfWay]).toEqual(['noData', null, null]);
  });
});

describe('kirkpatrickRollUp', () => {
  // Course: six people, reactions 4, 5, 3, 4, 5, 3 on 1–5 → shares 0.75, 1, 0.5, 0.75, 1, 0.5
  // (mean 0.75); tests 0–100, pre 40, 50, 60, 30, 50, 70 → post 60, 70, 65, 50, 80, 70
  // (changes 0.2, 0.2, 0.05, 0.2, 0.3, 0 as shares: mean 0.158333…).
  const people = ['a', 'b', 'c', 'd', 'e', 'f'];
  const reactions = [4, 5, 3, 4, 5, 3];
  const pre = [40, 50, 60, 30, 50, 70];
  const post = [60, 70, 65, 50, 80, 70];
  const course: Observation[] = people.flatMap((person, i) => [
    observation(`r${i}`, person, 'course', 'reaction', reactions[i] ?? 0),
    observation(`pre${i}`, person, 'course', 'preTest', pre[i] ?? 0, '2026-04-01'),
    observation(`post${i}`, person, 'course', 'postTest', post[i] ?? 0, '2026-05-01'),
  ]);
  // An earlier reaction of person a, superseded by the later one.
  course.push(observation('r-old', 'a', 'course', 'reaction', 1, '2026-03-01'));

  it('gives reaction as the mean share of the scale and learning as a paired change', () => {
    const [result] = kirkpatrickRollUp({ observations: course, indicators: [] }).interventions;
    expect(result?.reaction.meanShare).toBeCloseTo(0.75, 15);
    expect(result?.reaction.n).toBe(6);
    const changes = [0.2, 0.2, 0.05, 0.2, 0.3, 0];
    expect(result?.learning.statistics?.meanChange).toBeCloseTo(
      changes.reduce((s, c) => s + c, 0) / 6,
      14,
    );
    expect(result?.learning.conclusion).toBe('improved');
    expect(result?.behaviour.followUp.n).toBe(0);
    expect(result?.behaviour.followUp.meanShare).toBeNull();
  });

  it('withholds a small intervention, and the next smallest when overall would reveal it', () => {
    const mentoring = ['x', 'y', 'z'].map((person, i) =>
      observation(`m${i}`, person, 'mentoring', 'reaction', 5),
    );
    const separate = kirkpatrickRollUp({ observations: [...course, ...mentoring], indicators: [] });
    expect(separate.interventions.map((i) => [i.interventionId, i.reaction.withheld])).toEqual([
      ['course', 'complementary'],
      ['mentoring', 'fewerThanK'],
    ]);
    expect(separate.overall.reaction.n).toBe(9);
    // The same three people in the course too: overall − course reveals nobody.
    const overlapping = ['a', 'b', 'c'].map((person, i) =>
      observation(`m${i}`, person, 'mentoring', 'reaction', 5),
    );
    const within = kirkpatrickRollUp({ observations: [...course, ...overlapping], indicators: [] });
    expect(within.interventions.map((i) => i.reaction.withheld)).toEqual([null, 'fewerThanK']);
  });

  it('refuses an observation whose level does not match its instrument, or off its scale', () => {
    const wrong = { ...observation('w', 'a', 'course', 'reaction', 4), level: 2 as const };
    expect(() => kirkpatrickRollUp({ observations: [wrong], indicators: [] })).toThrow(
      'input.observations[0].level: a reaction is level 1, not 2',
    );
    expect(() =>
      kirkpatrickRollUp({
        observations: [observation('w', 'a', 'course', 'reaction', 6)],
        indicators: [],
      }),
    ).toThrow('input.observations[0].value: 6 is off the scale 1–5');
  });

  it('never publishes a people-based figure on fewer than k, nor leaves a remainder under k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 40,
        }),
        (rows) => {
          const observations = rows.map(([person, group], i) =>
            observation(`o${i}`, `p${person}`, `g${group}`, 'reaction', 3),
          );
          const result = kirkpatrickRollUp({ observations, indicators: [] });
          const published = new Set<string>();
          for (const intervention of result.interventions) {
            const n = intervention.reaction.n;
            if (n !== null) {
              expect(n === 0 || n >= 5).toBe(true);
              for (const o of observations)
                if (o.interventionId === intervention.interventionId) published.add(o.personId);
            }
          }
          const everyone = new Set(observations.map((o) => o.personId));
          const remainder = [...everyone].filter((p) => !published.has(p)).length;
          expect(remainder === 0 || remainder >= 5 || everyone.size < 5).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    expect(protectRemainderOfSets([new Set(['a', 'b'])], 5)).toEqual(['fewerThanK']);
  });
});

describe('kirkpatrickInputFromModel', () => {
  it("rolls up a model Evaluation's observations and indicators", () => {
    const input = kirkpatrickInputFromModel({
      observations: ['a', 'b', 'c', 'd', 'e'].map((personId, i) => ({
        id: `o${i}`,
        personId,
        interventionId: 'course',
        level: 1,
        instrument: 'reaction',
        value: 5,
        scaleMin: 1,
        scaleMax: 5,
        on: '2026-05-03',
      })),
      indicators: [
        {
          id: 'ind1',
          name: { en: 'Dashboards in use' },
          unit: 'count',
          baseline: { value: 2, on: '2026-01-15' },
          target: { value: 10, on: '2026-12-31' },
          actuals: [{ value: 10, on: '2026-09-30' }],
        },
      ],
    });
    const rollUp = kirkpatrickRollUp(input);
    expect(rollUp.interventions[0]?.reaction.meanShare).toBe(1);
    expect(rollUp.results[0]?.status).toBe('achieved');
    expect(rollUp.asOf).toBe('2026-09-30');
  });
});

describe('kirkpatrickRollUp overall learning', () => {
  it('pairs each person’s tests only within interventions where they took both', () => {
    const observations = ['a', 'b', 'c', 'd', 'e'].flatMap((person, i) => [
      observation(`pa${i}`, person, 'course', 'preTest', 40),
      observation(`qa${i}`, person, 'course', 'postTest', 60),
      // A pre-test of another course with no post-test: not part of any pair.
      observation(`pb${i}`, person, 'workshop', 'preTest', 0),
    ]);
    const { overall } = kirkpatrickRollUp({ observations, indicators: [] });
    expect(overall.learning.statistics?.meanChange).toBeCloseTo(0.2, 15);
    expect(overall.learning.n).toBe(5);
  });
});
