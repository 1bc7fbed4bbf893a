import type { CommunityOfPractice, LocalizedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model';
import { digitalGovernmentFramework } from '@capkit/model/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directoryAssets,
  directoryCommunities,
  neededCompetencyIds,
} from '../../test/fixtures/CommunityDirectory.fixtures.js';
import {
  asOfDay,
  competencyAreas,
  directoryEntries,
  directoryFindings,
  filterEntries,
  focusOptions,
  isFiltering,
  noDirectoryFilter,
  splitActivities,
  type CommunityActivity,
  type EntryContext,
} from './directoryEntries.js';

const areas = competencyAreas([digitalGovernmentFramework]);
const names = new Map(
  digitalGovernmentFramework.competencies.map((c) => [c.id, resolveLocalizedText(c.label).text]),
);
const collator = new Intl.Collator('en');
const context: EntryContext = {
  resolve: (text: LocalizedText) => resolveLocalizedText(text, ['en']),
  competencyName: (id) => names.get(id) ?? id,
  areasOf: (id) => areas.get(id) ?? [],
  compare: collator.compare,
};
const entries = directoryEntries(directoryCommunities, directoryAssets, context);
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('directoryEntries', () => {
  it('lists communities and centres by name, leaving other asset kinds out', () => {
    expect(ids(entries)).toEqual([
      'cop-accessibility',
      'asset-centex',
      'cop-data',
      'asset-dpi-centre',
      'cop-north',
      'cop-south',
    ]);
    expect(entries.find((entry) => entry.id === 'cop-south')?.name).toEqual({
      text: 'Réseau numérique de la région Sud',
      lang: 'fr',
    });
  });

  it('gives a centre the competencies of its capability centres, each once', () => {
    const centex = entries.find((entry) => entry.id === 'asset-centex');
    expect(centex?.competencyIds).toEqual(['dg-cybersecurity', 'dg-geospatial']);
    // Cybersecurity sits in DG-4.2, inside DG-4; geospatial in DG-3 (read off the framework).
    expect([...(centex?.areaIds ?? [])].sort()).toEqual([
      'dg-area-data',
      'dg-area-operations',
      'dg-area-technology',
    ]);
    expect(centex?.memberIds).toEqual([]);
  });
});

describe('competencyAreas', () => {
  it('gives each competency its area and the areas enclosing it, innermost first', () => {
    expect(areas.get('dg-identity')).toEqual([
      'dg-area-foundational-blocks',
      'dg-area-infrastructure',
    ]);
    expect(areas.get('dg-user-research')).toEqual(['dg-area-service-delivery']);
    expect(competencyAreas([]).size).toBe(0);
  });

  it('stops at an area cycle instead of looping', () => {
    const cyclic = {
      ...digitalGovernmentFramework,
      areas: [
        { id: 'a', code: 'A', label: { en: 'A' }, parentId: 'b' },
        { id: 'b', code: 'B', label: { en: 'B' }, parentId: 'a' },
      ],
      competencies: digitalGovernmentFramework.competencies
        .slice(0, 1)
        .map((competency) => ({ ...competency, id: 'c', areaId: 'a' })),
    };
    expect(competencyAreas([cyclic]).get('c')).toEqual(['a', 'b']);
  });
});

describe('filterEntries', () => {
  it('keeps a topic, a region or a capability area (with the areas inside it)', () => {
    expect(ids(filterEntries(entries, { ...noDirectoryFilter, topic: 'Data' }))).toEqual([
      'cop-data',
    ]);
    expect(ids(filterEntries(entries, { ...noDirectoryFilter, region: 'Région Sud' }))).toEqual([
      'cop-south',
    ]);
    // DG-1 holds identity and payments only through DG-1.1: the DPI centre.
    expect(
      ids(filterEntries(entries, { ...noDirectoryFilter, areaId: 'dg-area-infrastructure' })),
    ).toEqual(['asset-dpi-centre']);
    expect(
      ids(filterEntries(entries, { ...noDirectoryFilter, areaId: 'dg-area-governance' })),
    ).toEqual(['cop-south']);
  });

  it('searches names, focus, capability centres and competencies, ignoring accents and case', () => {
    const search = (query: string) => ids(filterEntries(entries, { ...noDirectoryFilter, query }));
    expect(search('REGION sud')).toEqual(['cop-south']);
    expect(search('  cyber')).toEqual(['asset-centex']);
    expect(search('user research')).toEqual(['cop-north']);
    expect(search('nothing like this')).toEqual([]);
    expect(search('')).toEqual(ids(entries));
  });

  it('combines filters: all must hold', () => {
    expect(
      filterEntries(entries, { ...noDirectoryFilter, topic: 'Data', query: 'accessibility' }),
    ).toEqual([]);
  });

  it('keeps a subsequence of the entries, each holding every filter (property)', () => {
    const topics = fc.constantFrom(null, 'Data', 'Accessibility', 'Nowhere');
    const regions = fc.constantFrom(null, 'Northern region', 'Région Sud');
    const areaIds = fc.constantFrom(null, ...digitalGovernmentFramework.areas.map((a) => a.id));
    const queries = fc.constantFrom('', 'a', 'région', 'REG', 'centre', 'x');
    fc.assert(
      fc.property(topics, regions, areaIds, queries, (topic, region, areaId, query) => {
        const filter = { topic, region, areaId, query };
        const kept = filterEntries(entries, filter);
        // A subsequence: in the original order, nothing invented.
        const positions = kept.map((entry) => entries.indexOf(entry));
        expect(
          positions.every((position, i) => position >= 0 && position > (positions[i - 1] ?? -1)),
        ).toBe(true);
        for (const entry of kept) {
          if (topic !== null) {
            expect(entry.focus?.kind).toBe('topic');
            expect(entry.focus?.text.text).toBe(topic);
          }
          if (areaId !== null) expect(entry.areaIds.has(areaId)).toBe(true);
        }
        // Not filtering keeps everything.
        if (!isFiltering(filter)) expect(kept).toHaveLength(entries.length);
      }),
    );
  });
});

describe('focusOptions', () => {
  it('gives each topic or region once, sorted', () => {
    expect(focusOptions(entries, 'topic', collator.compare)).toEqual(['Accessibility', 'Data']);
    expect(focusOptions(entries, 'region', collator.compare)).toEqual([
      'Northern region',
      'Région Sud',
    ]);
  });
});

describe('splitActivities', () => {
  const accessibility = directoryCommunities[0] as CommunityOfPractice;

  it('puts today and later in upcoming (soonest first), earlier in past (latest first)', () => {
    const { upcoming, past } = splitActivities(accessibility.activities, '2026-06-15');
    expect(upcoming.map((a) => a.id)).toEqual(['a11y-2', 'a11y-3']);
    expect(past.map((a) => a.id)).toEqual(['a11y-1']);
    expect(splitActivities(accessibility.activities, '2026-06-16').past.map((a) => a.id)).toEqual([
      'a11y-2',
      'a11y-1',
    ]);
  });

  it('splits every activity once, on the right side of today (property)', () => {
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const activities = fc.array(
      day.map((date): CommunityActivity => ({
        id: date,
        kind: 'meetup',
        date,
        title: { en: date },
      })),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(activities, day, (list, today) => {
        const { upcoming, past } = splitActivities(list, today);
        expect(upcoming.length + past.length).toBe(list.length);
        expect(upcoming.every((a) => a.date >= today)).toBe(true);
        expect(past.every((a) => a.date < today)).toBe(true);
        expect([...upcoming.map((a) => a.date)]).toEqual(upcoming.map((a) => a.date).sort());
        expect([...past.map((a) => a.date)]).toEqual(
          past
            .map((a) => a.date)
            .sort()
            .reverse(),
        );
      }),
    );
  });
});

describe('asOfDay', () => {
  it('reads a string’s day as written and a Date’s in UTC', () => {
    expect(asOfDay('2026-06-15')).toBe('2026-06-15');
    expect(asOfDay('2026-06-15T23:30:00+05:00')).toBe('2026-06-15');
    expect(asOfDay(new Date('2026-06-15T23:30:00-05:00'))).toBe('2026-06-16');
  });
});

describe('directoryFindings', () => {
  it('counts communities and centres and names the needed competencies none builds', () => {
    // Worked by hand from the fixtures: 4 communities, 2 centres; user research (north) and
    // cybersecurity (centex) are built, procurement is not. Built: 2+2+2+1+2+2 = 11 distinct.
    expect(directoryFindings(entries, neededCompetencyIds)).toEqual({
      communities: 4,
      centres: 2,
      built: 11,
      missing: ['dg-digital-procurement'],
    });
    expect(directoryFindings([], ['a', 'a']).missing).toEqual(['a']);
  });
});
