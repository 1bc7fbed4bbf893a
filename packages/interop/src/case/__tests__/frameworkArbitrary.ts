import fc from 'fast-check';
import {
  currentSchemaVersion,
  type Competency,
  type CompetencyFramework,
  type FrameworkArea,
  type LocalizedText,
  type ProficiencyScale,
} from '@capkit/model';

const words = [
  'data',
  'service',
  'user',
  'digital',
  'réseau',
  'données',
  'خدمة',
  'policy',
  'open',
  'team',
];
const text = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '));

const localized: fc.Arbitrary<LocalizedText> = fc
  .uniqueArray(fc.constantFrom('en', 'fr', 'ar', 'pt-BR'), { minLength: 1, maxLength: 3 })
  .chain((languages) =>
    fc.tuple(...languages.map((language) => text.map((value) => [language, value] as const))),
  )
  .map((entries) => Object.fromEntries(entries));

// Slugs as capkit writes them, and UUIDs as an import leaves them.
const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.uuid());

const scale = (scaleId: string): fc.Arbitrary<ProficiencyScale> =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 254 }), { minLength: 2, maxLength: 5 })
    .map((values) => [...values].sort((a, b) => a - b))
    .chain((values) =>
      fc.record({
        id: fc.constant(scaleId),
        label: localized,
        levels: fc.tuple(
          ...values.map((value) =>
            fc.record(
              {
                value: fc.constant(value),
                code: fc.constantFrom('L1', 'B', 'Expert'),
                label: localized,
                descriptor: localized,
              },
              { requiredKeys: ['value', 'label'] },
            ),
          ),
        ),
        proficientLevel: fc.constantFrom(...values),
      }),
    );

/** Valid capkit frameworks: 1–3 scales, a tree of areas, competencies in them or not. */
export const frameworkArbitrary: fc.Arbitrary<CompetencyFramework> = fc
  .uniqueArray(id, { minLength: 2, maxLength: 14, selector: (value) => value.toLowerCase() })
  .chain((ids) => {
    const [frameworkId = 'f', ...rest] = ids;
    return fc.integer({ min: 1, max: Math.min(3, rest.length) }).chain((scaleCount) =>
      fc.integer({ min: 0, max: rest.length - scaleCount }).chain((areaCount) => {
        const scaleIds = rest.slice(0, scaleCount);
        const areaIds = rest.slice(scaleCount, scaleCount + areaCount);
        const competencyIds = rest.slice(scaleCount + areaCount);
        const areas: fc.Arbitrary<FrameworkArea>[] = areaIds.map((areaId, index) =>
          fc
            .record(
              {
                id: fc.constant(areaId),
                code: text,
                label: localized,
                description: localized,
                parentId:
                  index === 0
                    ? fc.constant(undefined)
                    : fc.constantFrom(...areaIds.slice(0, index)),
              },
              { requiredKeys: ['id', 'code', 'label'] },
            )
            .map((area) => {
              const { parentId, ...restOfArea } = area;
              return parentId === undefined ? restOfArea : { ...restOfArea, parentId };
            }),
        );
        const competencies: fc.Arbitrary<Competency>[] = competencyIds.map((competencyId) =>
          fc
            .record(
              {
                id: fc.constant(competencyId),
                code: text,
                label: localized,
                statement: localized,
                scaleId: fc.constantFrom(...scaleIds),
                areaId: areaIds.length === 0 ? fc.constant(undefined) : fc.constantFrom(...areaIds),
              },
              { requiredKeys: ['id', 'code', 'label', 'statement', 'scaleId'] },
            )
            .map((competency) => {
              const { areaId, ...restOfCompetency } = competency;
              return areaId === undefined ? restOfCompetency : { ...restOfCompetency, areaId };
            }),
        );
        return fc.record(
          {
            schemaVersion: fc.constant(currentSchemaVersion),
            kind: fc.constant('competencyFramework' as const),
            id: fc.constant(frameworkId),
            version: fc.constantFrom('1.0', '2026.1', '2.2'),
            status: fc.constantFrom('draft' as const, 'published' as const, 'retired' as const),
            title: localized,
            description: localized,
            publisher: fc.constantFrom('Ministry of Digital Services', 'Public Service Commission'),
            publishedOn: fc.constantFrom('2026-01-15', '2024-06-30'),
            scales: fc.tuple(...scaleIds.map(scale)),
            areas: fc.tuple(...areas),
            competencies: fc.tuple(...competencies),
          },
          {
            requiredKeys: [
              'schemaVersion',
              'kind',
              'id',
              'version',
              'status',
              'title',
              'scales',
              'areas',
              'competencies',
            ],
          },
        );
      }),
    );
  })
  // fast-check builds records without a prototype; documents read from JSON have one.
  .map((framework) => JSON.parse(JSON.stringify(framework)) as CompetencyFramework);
