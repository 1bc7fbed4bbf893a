import { describe, expect, it } from 'vitest';
import { suggestedEngagementStrategy } from './vocabulary.js';

describe('suggestedEngagementStrategy (Mendelow power–interest grid, split at 3)', () => {
  it('gives each quadrant its strategy', () => {
    expect(suggestedEngagementStrategy(5, 5)).toBe('manageClosely');
    expect(suggestedEngagementStrategy(4, 1)).toBe('keepSatisfied');
    expect(suggestedEngagementStrategy(1, 4)).toBe('keepInformed');
    expect(suggestedEngagementStrategy(2, 2)).toBe('monitor');
  });

  it('counts the midpoint as high', () => {
    expect(suggestedEngagementStrategy(3, 3)).toBe('manageClosely');
    expect(suggestedEngagementStrategy(3, 2)).toBe('keepSatisfied');
  });
});
