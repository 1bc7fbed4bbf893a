import { describe, expect, it } from 'vitest';
import type { CellView } from './cellViews.js';
import { heatmapFindings } from './heatmapFindings.js';

const withheld: CellView = { kind: 'withheld', value: null, text: '', band: -1, reason: 'primary' };
const unset: CellView = {
  kind: 'unset',
  value: null,
  text: 'Not set',
  band: -1,
  reason: undefined,
};
function value(v: number): CellView {
  return { kind: 'value', value: v, text: v.toFixed(1), band: 0, reason: undefined };
}

describe('heatmapFindings', () => {
  it('finds the competency of largest mean need and its two units of largest value', () => {
    // Four units × three competencies; competency 1 has the largest mean (1.5).
    const cells = [
      [value(0.2), value(1.0), value(0.1)],
      [value(0.4), value(2.5), value(0.3)],
      [value(0.3), value(0.5), value(1.9)],
      [value(0.1), value(2.0), value(0.2)],
    ].flat();
    expect(heatmapFindings(cells, 4, 3)).toEqual({
      largest: { competency: 1, units: [1, 3] },
      anyValue: true,
      withheldUnits: 0,
    });
  });

  it('never names a unit whose cell is withheld, and counts units with withheld cells', () => {
    // Unit 0 is withheld where the need is largest; unit 2 is withheld in full.
    const cells = [
      [withheld, value(0.5)],
      [value(2.0), value(0.2)],
      [withheld, withheld],
      [value(1.0), unset],
    ].flat();
    const findings = heatmapFindings(cells, 4, 2);
    expect(findings.largest).toEqual({ competency: 0, units: [1, 3] });
    expect(findings.largest?.units).not.toContain(0);
    expect(findings.largest?.units).not.toContain(2);
    expect(findings.withheldUnits).toBe(2);
  });

  it('names one unit when only one has a need there', () => {
    const cells = [[value(0)], [value(1.2)], [value(0)]].flat();
    expect(heatmapFindings(cells, 3, 1).largest).toEqual({ competency: 0, units: [1] });
  });

  it('has no largest need when every value is zero, or nothing is published', () => {
    expect(heatmapFindings([value(0), value(0)], 1, 2)).toEqual({
      largest: null,
      anyValue: true,
      withheldUnits: 0,
    });
    expect(heatmapFindings([withheld, unset], 2, 1)).toEqual({
      largest: null,
      anyValue: false,
      withheldUnits: 1,
    });
  });
});
