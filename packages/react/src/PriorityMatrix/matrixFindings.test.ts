import { describe, expect, it } from 'vitest';
import { matrixFindings, type FindingItem } from './matrixFindings.js';

function item(
  id: string,
  importance: number,
  performance: number,
  quadrant: FindingItem['quadrant'],
): FindingItem {
  return { id, label: id, importance, performance, quadrant };
}

describe('matrixFindings', () => {
  it('lists the concentrate-here items, widest distance between importance and performance first', () => {
    const findings = matrixFindings(
      [
        item('Data literacy', 4.2, 2.8, 'concentrateHere'),
        item('User research', 4.5, 2.4, 'concentrateHere'),
        item('Office software', 2.6, 4.4, 'possibleOverkill'),
        item('Service design', 4.1, 2.7, 'concentrateHere'),
      ],
      1,
    );
    expect(findings.concentrate.map((found) => found.id)).toEqual([
      'User research',
      'Data literacy',
      'Service design',
    ]);
    expect(findings.withheld).toBe(1);
  });

  it('finds nothing to concentrate on when that quadrant is empty', () => {
    expect(matrixFindings([item('a', 4, 4, 'keepUpTheGoodWork')], 0).concentrate).toEqual([]);
  });
});
