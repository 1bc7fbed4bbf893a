import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scalePoints } from './scalePoints.js';

const fivePoint = {
  min: 1,
  max: 5,
  allowNotApplicable: false,
  labels: [
    { value: 1, label: { en: 'Not at all', fr: 'Pas du tout' } },
    { value: 5, label: { en: 'Extremely' } },
  ],
};

describe('scalePoints', () => {
  it('lists every point lowest first, with the labels the scale has', () => {
    const points = scalePoints(fivePoint, undefined, 'en');
    expect(points.map((point) => point.valueText)).toEqual(['1', '2', '3', '4', '5']);
    expect(points[0]?.label).toEqual({ text: 'Not at all', lang: 'en' });
    expect(points[2]?.label).toBeUndefined();
    expect(points[4]?.label).toEqual({ text: 'Extremely', lang: 'en' });
  });

  it("writes values in the locale's digits and picks labels in its language", () => {
    expect(scalePoints(fivePoint, undefined, 'ar-EG').map((point) => point.valueText)).toEqual([
      '١',
      '٢',
      '٣',
      '٤',
      '٥',
    ]);
    const french = scalePoints(fivePoint, undefined, 'fr');
    expect(french[0]?.label).toEqual({ text: 'Pas du tout', lang: 'fr' });
    // No French label: English is shown, and marked as English for screen readers.
    expect(french[4]?.label).toEqual({ text: 'Extremely', lang: 'en' });
  });

  it('gives each point the descriptor of its own value, and none to the others', () => {
    const points = scalePoints(
      fivePoint,
      [
        { value: 4, descriptor: { en: 'You lead others in it.' } },
        { value: 2 },
        { value: 9, descriptor: { en: 'Off the scale' } },
      ],
      'en',
    );
    expect(points.map((point) => point.descriptor?.text)).toEqual([
      undefined,
      undefined,
      undefined,
      'You lead others in it.',
      undefined,
    ]);
  });

  it('has one point per whole number from min to max, ascending', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 12 }), (min, span) => {
        const points = scalePoints(
          { min, max: min + span, allowNotApplicable: true },
          undefined,
          'en',
        );
        expect(points.map((point) => point.value)).toEqual(
          Array.from({ length: span + 1 }, (_, index) => min + index),
        );
      }),
    );
  });
});
