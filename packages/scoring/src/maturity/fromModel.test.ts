import { maturityIndexSchema, type MaturityIndex } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex.js';
import { maturityInputFromModel } from './fromModel.js';

// A document as the model accepts it (parsed by its own schema), three ministries.
const document: MaturityIndex = maturityIndexSchema.parse({
  id: 'digital-maturity',
  title: { en: 'Digital maturity', fr: 'Maturité numérique' },
  entityKind: 'organisation',
  entities: [
    { id: 'health', name: { en: 'Health' }, group: 'social' },
    { id: 'finance', name: { en: 'Finance' }, group: 'economic' },
    { id: 'education', name: { en: 'Education' }, group: 'social' },
  ],
  nodes: [
    { id: 'index', title: { en: 'Index' }, aggregation: 'generalised', power: 2 },
    { id: 'services', title: { en: 'Services' }, parentId: 'index', weight: 2 },
    { id: 'skills', title: { en: 'Skills' }, parentId: 'index' },
  ],
  indicators: [
    {
      id: 'online',
      title: { en: 'Services online' },
      parentId: 'services',
      direction: 'higherIsBetter',
      unit: '%',
      target: 90,
    },
    {
      id: 'wait',
      title: { en: 'Waiting time' },
      parentId: 'services',
      direction: 'lowerIsBetter',
      unit: 'days',
      goalposts: { low: 1, high: 30 },
    },
    {
      id: 'trained',
      title: { en: 'Staff trained' },
      parentId: 'skills',
      direction: 'higherIsBetter',
      unit: '%',
      weight: 3,
    },
  ],
  values: [
    { entityId: 'health', indicatorId: 'online', value: 40 },
    { entityId: 'health', indicatorId: 'wait', value: 12 },
    { entityId: 'health', indicatorId: 'trained', value: 30 },
    { entityId: 'finance', indicatorId: 'online', value: 80 },
    { entityId: 'finance', indicatorId: 'wait', value: 3 },
    { entityId: 'finance', indicatorId: 'trained', value: 55 },
    { entityId: 'education', indicatorId: 'online', value: 60 },
    { entityId: 'education', indicatorId: 'trained', value: 70 },
  ],
  levels: [
    { id: 'initial', name: { en: 'Initial', fr: 'Initial' }, minScore: 0 },
    { id: 'defined', name: { en: 'Defined', fr: 'Défini' }, minScore: 50 },
  ],
});

describe('maturityInputFromModel', () => {
  it('maps a model document to the engine input, aggregation and power as one object', () => {
    const input = maturityInputFromModel(document, { locale: 'fr-CA' });
    expect(input.nodes[0]).toEqual({
      id: 'index',
      aggregation: { method: 'generalised', power: 2 },
    });
    expect(input.nodes[1]).toEqual({ id: 'services', parentId: 'index', weight: 2 });
    expect(input.indicators[1]).toEqual({
      id: 'wait',
      parentId: 'services',
      direction: 'lowerIsBetter',
      goalposts: { low: 1, high: 30 },
    });
    expect(input.entities[0]).toEqual({ id: 'health', group: 'social' });
    expect(input.levels?.map((level) => level.name)).toEqual(['Initial', 'Défini']);
  });

  it('builds the index from it; the entity without a waiting time is incomplete, not zero', () => {
    const result = buildIndex(maturityInputFromModel(document), {
      normalisation: { method: 'minMax' },
    });
    expect(result.entities.map((entity) => entity.rank)).toEqual([3, 1, 2]);
    expect(result.entities[2]).toMatchObject({ incomplete: true, missingIndicatorIds: ['wait'] });
    // By hand: finance has services 100 (best on both), skills (55 − 30)/(70 − 30) = 62.5, so
    // the power mean (p = 2, weights 2/3 and 1/3) is √(2/3·100² + 1/3·62.5²) = √7968.75.
    expect(result.entities[1]?.score).toBeCloseTo(Math.sqrt(7968.75), 12);
    // Education: services rest on "online" alone (50), skills 100: √(2/3·50² + 1/3·100²) = √5000.
    expect(result.entities[2]?.score).toBeCloseTo(Math.sqrt(5000), 12);
    expect(result.entities[1]?.level?.name).toBe('Defined');
  });

  it('refuses a generalised mean without a power, at the node', () => {
    const broken = {
      ...document,
      nodes: document.nodes.map((node, n) => (n === 0 ? { ...node, power: undefined } : node)),
    };
    expect(() => maturityInputFromModel(broken)).toThrow(
      /^nodes\[0\]\.power: a generalised mean needs a power other than 0/,
    );
  });
});
