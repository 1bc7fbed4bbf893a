import { describe, expect, it } from 'vitest';
import { proficiencyLevelFor } from './proficiencyLevelFor.js';
import { ddatScale } from './testScales.js';

describe('proficiencyLevelFor (round down to the level reached)', () => {
  it('maps scores on the DDaT scale to the level fully reached', () => {
    const label = (score: number) => proficiencyLevelFor(score, ddatScale).label['en'];
    expect(label(1)).toBe('Awareness');
    expect(label(2.5)).toBe('Working');
    expect(label(3.9)).toBe('Practitioner');
    expect(label(4)).toBe('Expert');
  });

  it('treats floating-point noise just under a level as reaching it', () => {
    expect(proficiencyLevelFor(0.1 + 0.2 + 2.7 - 1e-15, ddatScale).value).toBe(3);
  });

  it('gives the lowest level for a score below the scale', () => {
    expect(proficiencyLevelFor(0.4, ddatScale).value).toBe(1);
  });
});
