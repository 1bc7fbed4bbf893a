import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPriorityMatrixMessages as en } from './messages.js';
import {
  axisDomain,
  calloutLayout,
  importanceCrosshairLabel,
  matrixFrame,
  overlaps,
  plottedPoints,
  quadrantLabels,
  wrapText,
} from './matrixLayout.js';

const names = {
  concentrateHere: en.concentrateHere,
  keepUpTheGoodWork: en.keepUpTheGoodWork,
  lowPriority: en.lowPriority,
  possibleOverkill: en.possibleOverkill,
};

describe('wrapText', () => {
  it('breaks at spaces only, keeping a word longer than the line whole', () => {
    expect(wrapText('Keep up the good work', 50, true)).toEqual([
      'Keep',
      'up',
      'the',
      'good',
      'work',
    ]);
    expect(wrapText('Keep up the good work', 1000, true)).toEqual(['Keep up the good work']);
    expect(wrapText('Concentrate', 10, true)).toEqual(['Concentrate']);
  });
});

describe('axisDomain', () => {
  it('is the scale, or a tidy span round the data within the scale', () => {
    expect(axisDomain('scale', { min: 1, max: 5 }, [2, 3])).toEqual([1, 5]);
    expect(axisDomain('data', { min: 1, max: 5 }, [2.1, 4.4])).toEqual([1.8, 4.8]);
    expect(axisDomain('data', { min: 1, max: 5 }, [1, 5])).toEqual([1, 5]);
  });
});

describe('quadrantLabels', () => {
  it('puts the four names side by side on a wide chart, each in its corner', () => {
    const frame = matrixFrame(640, false, [1, 5], 'scale');
    const labels = quadrantLabels(frame, 3.13, names, false);
    expect(labels.map((label) => label.quadrant)).toEqual([
      'concentrateHere',
      'keepUpTheGoodWork',
      'lowPriority',
      'possibleOverkill',
    ]);
    const [concentrate, keepUp] = labels;
    expect(concentrate?.y).toBe(keepUp?.y);
    expect(concentrate?.box.right).toBeLessThan(keepUp?.box.left ?? 0);
  });

  it('stacks the names of a row where they cannot sit side by side (320 px)', () => {
    const frame = matrixFrame(320, false, [1, 5], 'scale');
    // The cross-hair near the left edge leaves "Concentrate here" no room beside it.
    const labels = quadrantLabels(frame, 1.4, names, false);
    const [concentrate, keepUp] = labels;
    if (concentrate === undefined || keepUp === undefined) throw new Error('four labels expected');
    expect(keepUp.y).toBeGreaterThan(concentrate.y);
    expect(overlaps(concentrate.box, keepUp.box)).toBe(false);
  });

  it('never overlaps two names and keeps them in the plot, at any width and cross-hair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 960 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.boolean(),
        (width, crossPerformance, crossImportance, rtl) => {
          const frame = matrixFrame(width, rtl, [1, 5], 'scale');
          const labels = quadrantLabels(frame, crossPerformance, names, rtl);
          for (const [i, a] of labels.entries()) {
            expect(a.box.left).toBeGreaterThanOrEqual(frame.plotLeft);
            expect(a.box.right).toBeLessThanOrEqual(frame.plotRight);
            expect(a.box.top).toBeGreaterThanOrEqual(frame.plotTop);
            expect(a.box.bottom).toBeLessThanOrEqual(frame.plotBottom);
            for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
          }
          const crosshair = importanceCrosshairLabel(
            frame,
            crossImportance,
            en.crosshairLabel(en.grandMean, '3.59'),
            rtl,
            labels.map((label) => label.box),
          );
          expect(crosshair.box.left).toBeGreaterThanOrEqual(0);
          expect(crosshair.box.right).toBeLessThanOrEqual(frame.width);
        },
      ),
    );
  });

  it('moves the importance cross-hair label off a quadrant name it would cover', () => {
    const frame = matrixFrame(320, false, [1, 5], 'scale');
    const labels = quadrantLabels(frame, 3, names, false);
    // Near the top names: just above the line would cover "Keep up the good work".
    const label = importanceCrosshairLabel(
      frame,
      4.2,
      'Grand mean 4.60',
      false,
      labels.map((l) => l.box),
    );
    for (const name of labels) expect(overlaps(label.box, name.box)).toBe(false);
  });
});

describe('calloutLayout', () => {
  it('stays inside the chart, above the point unless it is near the top', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 960 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 40, max: 300, noNaN: true }),
        (width, at, cy) => {
          const callout = calloutLayout(
            at * width,
            cy,
            'Cyber security awareness',
            'Importance 4.40, performance 3.72',
            width,
          );
          expect(callout.box.left).toBeGreaterThanOrEqual(-2);
          expect(callout.box.right).toBeLessThanOrEqual(width + 2);
        },
      ),
    );
  });
});

describe('plottedPoints', () => {
  it('orders points top to bottom, and gives their order left to right', () => {
    const frame = matrixFrame(640, false, [1, 5], 'scale');
    const item = (id: string, importance: number, performance: number) => ({
      id,
      label: id,
      importance,
      performance,
      quadrant: 'lowPriority' as const,
      onCrosshair: false,
    });
    const { points, across } = plottedPoints(
      [item('a', 2, 4), item('b', 4, 3), item('c', 3, 1)],
      frame,
    );
    expect(points.map((point) => point.id)).toEqual(['b', 'c', 'a']);
    expect(across.map((index) => points[index]?.id)).toEqual(['c', 'b', 'a']);
    // Right to left, the same performances run the other way across the screen.
    const mirrored = plottedPoints(
      [item('a', 2, 4), item('b', 4, 3), item('c', 3, 1)],
      matrixFrame(640, true, [1, 5], 'scale'),
    );
    expect(mirrored.across.map((index) => mirrored.points[index]?.id)).toEqual(['a', 'b', 'c']);
  });
});
