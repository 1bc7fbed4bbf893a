import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorFor, radarLineLength, truncateLabel, wrapLabel } from './profileLayout.js';

describe('wrapLabel', () => {
  it('breaks between words into two lines', () => {
    expect(wrapLabel('Cyber security awareness')).toEqual(['Cyber security', 'awareness']);
  });

  it('never gives more than two lines, each within the line length', () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const lines = wrapLabel(label);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(radarLineLength);
      }),
    );
  });
});

describe('truncateLabel', () => {
  it('keeps short names and cuts long ones to the limit with an ellipsis', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 40 }), (label, max) => {
        const cut = truncateLabel(label, max);
        expect(cut.length).toBeLessThanOrEqual(
          Math.max(max, label.length <= max ? label.length : 0),
        );
        expect(cut === label).toBe(label.length <= max);
      }),
    );
  });
});

describe('anchorFor', () => {
  it('anchors text outward in both directions', () => {
    expect(anchorFor('right', false)).toBe('start');
    expect(anchorFor('right', true)).toBe('end');
    expect(anchorFor('left', true)).toBe('start');
    expect(anchorFor('middle', true)).toBe('middle');
  });
});
