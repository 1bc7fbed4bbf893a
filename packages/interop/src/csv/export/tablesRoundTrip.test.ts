import type { CompetencyFramework, Membership, OrgUnit, Person, Role } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFrameworkItems } from '../import/frameworkItems.js';
import { importOrganisation } from '../import/organisation.js';
import { frameworkItemsToCsv } from './framework.js';
import { membershipsToCsv, peopleToCsv, rolesToCsv, unitsToCsv } from './organisation.js';

// Text as people type it into spreadsheets, including what a spreadsheet would run as a formula
// (=, +, -, @, full-width ＝), separators, quotes and line breaks; trimmed, as the model keeps
// text (a leading tab or space is the model's to drop, and the formula cases below cover it).
const text = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '＝', ' ', '-3', '=1+'),
    fc.stringMatching(/^[A-Za-z0-9éß ,;"\n]{1,12}$/),
  )
  .map(([start, rest]) => (start + rest).trim())
  .filter((value) => /[A-Za-z0-9éß]/.test(value));
const localized = fc
  .record({ en: fc.option(text, { nil: undefined }), fr: fc.option(text, { nil: undefined }) })
  .map(
    (value) =>
      Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >,
  )
  .filter((value) => Object.keys(value).length > 0);
const ids = (prefix: string, max: number) =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,6}$/), { maxLength: max })
    .map((list) => list.map((id) => `${prefix}${id}`));
const day = fc
  .integer({ min: 0, max: 20_000 })
  .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const organisation = fc
  .tuple(ids('p', 6), ids('u', 6), ids('r', 4), ids('c', 5))
  .chain(([personIds, unitIds, roleIds, competencyIds]) =>
    fc.record({
      people: fc.tuple(
        ...personIds.map((id) =>
          fc
            .option(text, { nil: undefined })
            .map((grade): Person => (grade === undefined ? { id } : { id, grade })),
        ),
      ),
      units: fc.tuple(
        ...unitIds.map((id, index) =>
          fc
            .record({
              name: localized,
              code: fc.option(text, { nil: undefined }),
              parent: fc.option(fc.integer({ min: 0, max: Math.max(0, index - 1) }), {
                nil: undefined,
              }),
            })
            .map(({ name, code, parent }): OrgUnit => ({
              id,
              name,
              // Codes are unique: the same code on two units is an import error.
              ...(code === undefined ? {} : { code: `${code}#${index}` }),
              ...(parent === undefined || index === 0 ? {} : { parentId: unitIds[parent] ?? id }),
            })),
        ),
      ),
      roles: fc.tuple(
        ...roleIds.map((id) =>
          fc
            .record({
              title: localized,
              family: fc.option(text, { nil: undefined }),
              requirements: fc
                .subarray(competencyIds)
                .chain((chosen) =>
                  fc.tuple(
                    ...chosen.map((competencyId) =>
                      fc
                        .integer({ min: -3, max: 8 })
                        .map((requiredLevel) => ({ competencyId, requiredLevel })),
                    ),
                  ),
                ),
            })
            .map(({ title, family, requirements }): Role => ({
              id,
              title,
              ...(family === undefined ? {} : { family }),
              framework: { frameworkId: 'ddat', version: '2026.1' },
              requirements,
            })),
        ),
      ),
      memberships:
        personIds.length === 0 || unitIds.length === 0 || roleIds.length === 0
          ? fc.constant([] as Membership[])
          : fc
              .uniqueArray(
                fc.record({
                  personId: fc.constantFrom(...personIds),
                  unitId: fc.constantFrom(...unitIds),
                  roleId: fc.constantFrom(...roleIds),
                  from: day,
                  days: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
                }),
                {
                  selector: (m) => `${m.personId}|${m.unitId}|${m.roleId}|${m.from}`,
                  maxLength: 6,
                },
              )
              .map((list) =>
                list.map(({ days, ...m }): Membership => {
                  if (days === undefined) return m;
                  const to = new Date(Date.parse(m.from) + days * 86_400_000)
                    .toISOString()
                    .slice(0, 10);
                  return { ...m, to };
                }),
              ),
    }),
  );

const sortedRequirements = (roles: readonly Role[]) =>
  roles.map((role) => ({
    ...role,
    requirements: [...role.requirements].sort((a, b) =>
      a.competencyId.localeCompare(b.competencyId),
    ),
  }));

describe('organisation tables: export → import', () => {
  it('gives back the same people, units, roles (long layout) and memberships', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const result = importOrganisation({
          people: peopleToCsv(org.people),
          units: unitsToCsv(org.units),
          roles: rolesToCsv(org.roles, { layout: 'long' }),
          memberships: membershipsToCsv(org.memberships),
        });
        expect(result.issues).toEqual([]);
        expect(result.success && result.data).toEqual(org);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back the same roles from the wide layout, requirements in column order', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const result = importOrganisation({ roles: rolesToCsv(org.roles) });
        expect(result.success && sortedRequirements(result.data.roles)).toEqual(
          sortedRequirements(org.roles),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formula injection in the organisation tables', () => {
  const names = [
    '=1+1',
    '+SUM(A1:A9)',
    '@cmd',
    '-3',
    '\tstart',
    '＝1+1',
    '-3+1',
    ' =HYPERLINK("x")',
  ];
  const units: OrgUnit[] = names.map((name, index) => ({ id: `u${index}`, name: { en: name } }));

  it('guards text a spreadsheet would run, leaves a plain number alone, and reads both back', () => {
    const csv = unitsToCsv(units, { byteOrderMark: false });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      "u0,,'=1+1,",
      "u1,,'+SUM(A1:A9),",
      "u2,,'@cmd,",
      'u3,,-3,',
      "u4,,'\tstart,",
      "u5,,'＝1+1,",
      "u6,,'-3+1,",
      `u7,,"' =HYPERLINK(""x"")",`,
    ]);
    const back = importOrganisation({ units: csv });
    // Back as written; the model trims text, so the tab and the space before = go.
    expect(back.success && back.data.units.map((unit) => unit.name.en)).toEqual(
      names.map((name) => name.trim()),
    );
  });

  it("writes a negative level in a numeric column as the number, never as '-3", () => {
    const role: Role = {
      id: 'r1',
      title: { en: 'Analyst' },
      framework: { frameworkId: 'f', version: '1' },
      requirements: [{ competencyId: 'c1', requiredLevel: -3 }],
    };
    expect(rolesToCsv([role], { byteOrderMark: false })).toBe(
      'id,title.en,family,frameworkId,frameworkVersion,requiredLevel.c1\r\nr1,Analyst,,f,1,-3\r\n',
    );
    expect(peopleToCsv([{ id: 'p1', grade: '-3' }], { byteOrderMark: false })).toBe(
      'id,grade\r\np1,-3\r\n',
    );
  });
});

const head = {
  id: 'ddat',
  version: '2026.1',
  status: 'published' as const,
  title: { en: 'DDaT' },
  scales: [
    {
      id: 's4',
      label: { en: 'Four' },
      levels: [1, 2, 3, 4].map((value) => ({ value, label: { en: `L${value}` } })),
      proficientLevel: 3,
    },
    {
      id: 's2',
      label: { en: 'Two' },
      levels: [0, 1].map((value) => ({ value, label: { en: `L${value}` } })),
      proficientLevel: 1,
    },
  ],
};

const framework = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 8 }))
  .chain(([areaCount, competencyCount]) =>
    fc.record({
      areas: fc.tuple(
        ...Array.from({ length: areaCount }, (_, index) =>
          fc
            .record({
              label: localized,
              description: fc.option(localized, { nil: undefined }),
              parent: fc.option(fc.integer({ min: 0, max: Math.max(0, index - 1) }), {
                nil: undefined,
              }),
            })
            .map(({ label, description, parent }) => ({
              id: `a${index}`,
              code: `A-${index}`,
              label,
              ...(description === undefined ? {} : { description }),
              ...(parent === undefined || index === 0 ? {} : { parentId: `a${parent}` }),
            })),
        ),
      ),
      competencies: fc.tuple(
        ...Array.from({ length: competencyCount }, (_, index) =>
          fc
            .record({
              code: text,
              label: localized,
              statement: localized,
              scaleId: fc.constantFrom('s4', 's2'),
              area: fc.option(fc.integer({ min: 0, max: Math.max(0, areaCount - 1) }), {
                nil: undefined,
              }),
            })
            .map(({ code, label, statement, scaleId, area }) => ({
              id: `c${index}`,
              code: `${code}#${index}`,
              label,
              statement,
              scaleId,
              ...(area === undefined || areaCount === 0 ? {} : { areaId: `a${area}` }),
            })),
        ),
      ),
    }),
  )
  .map(({ areas, competencies }): CompetencyFramework => ({
    ...head,
    schemaVersion: 2,
    kind: 'competencyFramework',
    areas,
    competencies,
  }));

describe('framework items: export → import', () => {
  it('gives back the same areas and competencies', () => {
    fc.assert(
      fc.property(framework, (original) => {
        const result = importFrameworkItems(frameworkItemsToCsv(original), { framework: head });
        expect(result.issues).toEqual([]);
        expect(result.success && result.data).toEqual(original);
      }),
      { numRuns: 1000 },
    );
  });
});
