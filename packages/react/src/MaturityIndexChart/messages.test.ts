import { describe, expect, it } from 'vitest';
import { localizedCount } from '../shared/localeFormat.js';
import {
  defaultMaturityIndexChartMessages as messages,
  type MaturitySummaryText,
} from './messages.js';

const list = (items: readonly string[]) => new Intl.ListFormat('en').format(items);
const base: MaturitySummaryText = {
  kind: 'unit',
  total: localizedCount('en', 4),
  leaders: ['Digital Services'],
  swaps: [],
  mostInfluential: null,
  top: null,
  list,
};

describe('the summary sentence', () => {
  it('says when the order holds, and a tie for the lead', () => {
    expect(messages.summary(base)).toBe(
      'Digital Services leads; no two rank intervals overlap, so the order holds under the choices tested.',
    );
    expect(messages.summary({ ...base, leaders: ['Finance', 'Health'], swaps: null })).toBe(
      'Finance and Health share the lead.',
    );
  });

  it('says when nothing is scored, and when nobody reaches the top level', () => {
    expect(messages.summary({ ...base, leaders: [] })).toBe('None of the 4 units has a score yet.');
    expect(
      messages.summary({
        ...base,
        swaps: [{ from: '1', to: '3' }],
        mostInfluential: messages.factor('aggregation', 'Services'),
        top: { name: 'Optimised', count: localizedCount('en', 0) },
      }),
    ).toBe(
      'Digital Services leads; the ranks of places 1 to 3 could swap: their intervals overlap. ' +
        'The choice of aggregation in Services moves ranks most. ' +
        'None of the 4 units reaches the highest level, Optimised.',
    );
  });

  it('agrees the verb with the count', () => {
    expect(
      messages.summary({ ...base, top: { name: 'Managed', count: localizedCount('en', 2) } }),
    ).toMatch(/ 2 of the 4 units reach the highest level, Managed\.$/);
  });
});
