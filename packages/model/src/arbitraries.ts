// Over 400 lines: one fast-check arbitrary per document type of schemaVersion 1, and the workspace
// arbitrary that composes them all with consistent references. The split per document has begun:
// the building blocks are in arbitraryPrimitives.ts, and the documents schemaVersion 2 added in
// catalogueArbitrary.ts, maturityIndexArbitrary.ts and observationArbitrary.ts; move the others
// out the same way when they next change.
// Test helpers: index.ts does not export them, so fast-check stays a devDependency.
import fc from 'fast-check';
import {
  calendarDateArbitrary,
  codeArbitrary,
  dateTimesInOrder,
  dayArbitrary,
  daysInOrder,
  finiteNumber,
  idArbitrary,
  instantArbitrary,
  localizedTextArbitrary,
  nonBlankTextArbitrary,
  offsetArbitrary,
  pickFrom,
  plain,
  sampleLanguageTags,
  someOf,
  sometimesWith,
  sorted,
  toCalendarDate,
  toDateTime,
  uniqueIds,
  uniqueIdsBetween,
} from './arbitraryPrimitives.js';
import type { Campaign } from './campaign.js';
import { catalogueArbitrary, currencyArbitrary, interventionCostIn } from './catalogueArbitrary.js';
import type { InterventionOffering } from './interventionOffering.js';
import { maturityIndexWithId } from './maturityIndexArbitrary.js';
import { observationsArbitrary } from './observationArbitrary.js';
import { campaignStatusSchema } from './campaign.js';
import type { CapacityAsset } from './capacityAsset.js';
import type { CapacityDevelopmentPlan, Intervention } from './capacityDevelopmentPlan.js';
import { deliveryStatusSchema, interventionKindSchema } from './capacityDevelopmentPlan.js';
import type { CommunityOfPractice } from './communityOfPractice.js';
import type { Competency } from './competency.js';
import type { CompetencyFramework, FrameworkArea, FrameworkRef } from './competencyFramework.js';
import { frameworkStatusSchema } from './competencyFramework.js';
import type { Evaluation, Indicator, KirkpatrickLevel, RoiInputs } from './evaluation.js';
import type {
  DisplayRule,
  Instrument,
  InstrumentItem,
  ItemTarget,
  RatingScale,
} from './instrument.js';
import { raterPerspectiveSchema } from './instrument.js';
import type { KnowledgeItem } from './knowledgeItem.js';
import { knowledgeStages } from './vocabulary.js';
import { interventionCostFor } from './interventionCost.js';
import type { Money } from './money.js';
import type { Membership, OrgUnit, Person, PersonalData, Role } from './organisation.js';
import type { ProficiencyLevel, ProficiencyScale } from './proficiencyScale.js';
import type { CycleRound, Programme } from './programme.js';
import type { Answer, AssessmentResponse } from './response.js';
import { currentSchemaVersion } from './schemaVersion.js';
import type { Stakeholder } from './stakeholder.js';
import {
  engagementStrategySchema,
  stakeholderAttitudeSchema,
  stakeholderSchema,
} from './stakeholder.js';
import type { CapacityAssessment, UndpCell } from './undpCapacityAssessment.js';
import {
  coreIssueSchema,
  functionalCapacitySchema,
  pointOfEntrySchema,
} from './undpCapacityAssessment.js';
import type { Workspace } from './workspace.js';

export {
  calendarDateArbitrary,
  dateTimeArbitrary,
  idArbitrary,
  localizedTextArbitrary,
  nonBlankTextArbitrary,
  sampleLanguageTags,
} from './arbitraryPrimitives.js';

// ---------------------------------------------------------------------------------------------
// Frameworks

function proficiencyLevelArbitrary(value: number): fc.Arbitrary<ProficiencyLevel> {
  return fc.record(
    {
      value: fc.constant(value),
      code: codeArbitrary,
      label: localizedTextArbitrary,
      descriptor: localizedTextArbitrary,
    },
    { requiredKeys: ['value', 'label'], ...plain },
  );
}

function proficiencyScaleWithId(id: string): fc.Arbitrary<ProficiencyScale> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: 254 }), { minLength: 2, maxLength: 8 })
    .map(sorted)
    .chain((values) =>
      fc.record(
        {
          id: fc.constant(id),
          label: localizedTextArbitrary,
          levels: fc.tuple(...values.map(proficiencyLevelArbitrary)),
          proficientLevel: pickFrom(values),
        },
        plain,
      ),
    );
}

/** A proficiency scale of 2–8 levels with strictly increasing values; the proficient level is one of them. */
export const proficiencyScaleArbitrary: fc.Arbitrary<ProficiencyScale> =
  idArbitrary.chain(proficiencyScaleWithId);

/**
 * Nodes that nest through `parentId`, each parent picked among the nodes before it (so there is
 * no cycle), then shuffled so that children may also come before their parents.
 */
function forestArbitrary<T extends object>(
  ids: readonly string[],
  node: (id: string) => fc.Arbitrary<T>,
): fc.Arbitrary<(T & { parentId?: string })[]> {
  const nodes = ids.map((id, index) => sometimesWith(node(id), 'parentId', ids.slice(0, index)));
  return fc
    .tuple(...nodes)
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
}

function frameworkAreaWithId(id: string): fc.Arbitrary<FrameworkArea> {
  return fc.record(
    {
      id: fc.constant(id),
      code: codeArbitrary,
      label: localizedTextArbitrary,
      description: localizedTextArbitrary,
    },
    { requiredKeys: ['id', 'code', 'label'], ...plain },
  );
}

function competencyWithId(
  id: string,
  scaleIds: readonly string[],
  areaIds: readonly string[],
): fc.Arbitrary<Competency> {
  const competency = fc.record(
    {
      id: fc.constant(id),
      code: codeArbitrary,
      label: localizedTextArbitrary,
      statement: localizedTextArbitrary,
      scaleId: pickFrom(scaleIds),
    },
    plain,
  );
  return sometimesWith(competency, 'areaId', areaIds);
}

const frameworkVersionArbitrary = fc.stringMatching(/^\d{1,4}(?:\.\d{1,2}){0,2}$/);

/**
 * A referentially sound competency framework: 1–3 scales, 0–6 areas nested to any depth, 0–8
 * competencies on existing scales and in existing areas; ids unique in each collection.
 */
export const competencyFrameworkArbitrary: fc.Arbitrary<CompetencyFramework> = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .chain(([scaleCount, areaCount, competencyCount]) =>
    uniqueIds(scaleCount + areaCount + competencyCount).chain((ids) => {
      const scaleIds = ids.slice(0, scaleCount);
      const areaIds = ids.slice(scaleCount, scaleCount + areaCount);
      const competencyIds = ids.slice(scaleCount + areaCount);
      return fc.record(
        {
          schemaVersion: fc.constant(currentSchemaVersion),
          kind: fc.constant('competencyFramework' as const),
          id: idArbitrary,
          version: frameworkVersionArbitrary,
          status: pickFrom(frameworkStatusSchema.options),
          title: localizedTextArbitrary,
          description: localizedTextArbitrary,
          publisher: nonBlankTextArbitrary,
          publishedOn: calendarDateArbitrary,
          scales: fc.tuple(...scaleIds.map(proficiencyScaleWithId)),
          areas: forestArbitrary(areaIds, frameworkAreaWithId),
          competencies: fc.tuple(
            ...competencyIds.map((id) => competencyWithId(id, scaleIds, areaIds)),
          ),
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
          ...plain,
        },
      );
    }),
  );

function frameworkRefOf(framework: CompetencyFramework): FrameworkRef {
  return { frameworkId: framework.id, version: framework.version };
}

// ---------------------------------------------------------------------------------------------
// Instruments and responses

const undpCellArbitrary: fc.Arbitrary<UndpCell> = fc.record(
  {
    pointOfEntry: pickFrom(pointOfEntrySchema.options),
    coreIssue: pickFrom(coreIssueSchema.options),
    functionalCapacity: pickFrom(functionalCapacitySchema.options),
  },
  plain,
);

function itemTargetArbitrary(competencyIds: readonly string[]): fc.Arbitrary<ItemTarget> {
  const cell = undpCellArbitrary.map((value) => ({ kind: 'undpCell' as const, cell: value }));
  if (competencyIds.length === 0) return cell;
  const competency = pickFrom(competencyIds).map((competencyId) => ({
    kind: 'competency' as const,
    competencyId,
  }));
  return fc.oneof(competency, cell);
}

// Scales near both ends of what the engine can store (0–254), as well as the common 0–10.
const ratingScaleArbitrary: fc.Arbitrary<RatingScale> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 240, max: 244 })),
    fc.integer({ min: 1, max: 10 }),
  )
  .chain(([min, span]) => {
    const max = min + span;
    const labels = fc
      .uniqueArray(fc.integer({ min, max }), { maxLength: span + 1 })
      .chain((values) =>
        fc.tuple(
          ...sorted(values).map((value) =>
            localizedTextArbitrary.map((label) => ({ value, label })),
          ),
        ),
      );
    return fc.record(
      {
        min: fc.constant(min),
        max: fc.constant(max),
        labels,
        allowNotApplicable: fc.boolean(),
      },
      { requiredKeys: ['min', 'max', 'allowNotApplicable'], ...plain },
    );
  });

function displayRuleArbitrary(earlierItemIds: readonly string[]): fc.Arbitrary<DisplayRule> {
  return fc
    .record(
      {
        itemId: pickFrom(earlierItemIds),
        bounds: fc.tuple(fc.integer({ min: -5, max: 15 }), fc.integer({ min: -5, max: 15 })),
        keep: fc.constantFrom('both', 'atLeast', 'atMost', 'neither'),
      },
      plain,
    )
    .map(({ itemId, bounds, keep }) => {
      const [atLeast, atMost] = sorted(bounds);
      return {
        itemId,
        ...(atLeast !== undefined && (keep === 'both' || keep === 'atLeast') ? { atLeast } : {}),
        ...(atMost !== undefined && (keep === 'both' || keep === 'atMost') ? { atMost } : {}),
      };
    });
}

function instrumentItemArbitrary(
  id: string,
  earlierItemIds: readonly string[],
  competencyIds: readonly string[],
  sectionIds: readonly string[],
): fc.Arbitrary<InstrumentItem> {
  const item = fc.record(
    {
      id: fc.constant(id),
      format: fc.constantFrom('rating' as const, 'importancePerformance' as const),
      prompt: localizedTextArbitrary,
      hint: localizedTextArbitrary,
      target: itemTargetArbitrary(competencyIds),
      reverseCoded: fc.boolean(),
      weight: finiteNumber(0.01, 1000),
    },
    { requiredKeys: ['id', 'format', 'prompt', 'target'], ...plain },
  );
  const withSection = sometimesWith(item, 'sectionId', sectionIds);
  if (earlierItemIds.length === 0) return withSection;
  return fc
    .tuple(withSection, fc.option(displayRuleArbitrary(earlierItemIds), { nil: undefined }))
    .map(([value, showIf]) => (showIf === undefined ? value : { ...value, showIf }));
}

interface InstrumentContext {
  readonly framework: FrameworkRef;
  /** Competencies of that framework the items may target. */
  readonly competencyIds: readonly string[];
  /** Rounds of the programme, numbered 1 to `roundCount`. */
  readonly roundCount: number;
}

function instrumentWithId(id: string, context: InstrumentContext): fc.Arbitrary<Instrument> {
  return fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.boolean())
    .chain(([itemCount, sectionCount, listSections]) =>
      uniqueIds(itemCount + sectionCount).chain((ids) => {
        const itemIds = ids.slice(0, itemCount);
        const sectionIds = ids.slice(itemCount);
        const sections = fc.tuple(
          ...sectionIds.map((sectionId) =>
            localizedTextArbitrary.map((title) => ({ id: sectionId, title })),
          ),
        );
        const instrument = fc.record(
          {
            id: fc.constant(id),
            round: fc.integer({ min: 1, max: context.roundCount }),
            title: localizedTextArbitrary,
            description: localizedTextArbitrary,
            framework: fc.constant(context.framework),
            ratingScale: ratingScaleArbitrary,
            perspectives: fc.uniqueArray(pickFrom(raterPerspectiveSchema.options), {
              minLength: 1,
            }),
            items: fc.tuple(
              ...itemIds.map((itemId, index) =>
                instrumentItemArbitrary(
                  itemId,
                  itemIds.slice(0, index),
                  context.competencyIds,
                  sectionIds,
                ),
              ),
            ),
          },
          {
            requiredKeys: [
              'id',
              'round',
              'title',
              'framework',
              'ratingScale',
              'perspectives',
              'items',
            ],
            ...plain,
          },
        );
        return sectionIds.length > 0 || listSections
          ? fc.tuple(instrument, sections).map(([value, list]) => ({ ...value, sections: list }))
          : instrument;
      }),
    );
}

const frameworkRefArbitrary: fc.Arbitrary<FrameworkRef> = fc.record(
  { frameworkId: idArbitrary, version: frameworkVersionArbitrary },
  plain,
);

/**
 * An instrument of 1–6 items with unique ids, display rules that look only at earlier items,
 * sections that exist and a rating scale of at least two points. Its competency targets are
 * arbitrary ids; see {@link workspaceArbitrary} for targets that resolve.
 */
export const instrumentArbitrary: fc.Arbitrary<Instrument> = fc
  .tuple(idArbitrary, frameworkRefArbitrary, uniqueIdsBetween(0, 4), fc.integer({ min: 1, max: 9 }))
  .chain(([id, framework, competencyIds, roundCount]) =>
    instrumentWithId(id, { framework, competencyIds, roundCount }),
  );

function answerArbitrary(item: InstrumentItem, scale: RatingScale): fc.Arbitrary<Answer> {
  const rating = fc.option(fc.integer({ min: scale.min, max: scale.max }), { nil: null });
  const answer: fc.Arbitrary<Answer> =
    item.format === 'rating'
      ? rating.map((value) => ({ kind: 'rating' as const, itemId: item.id, value }))
      : fc.tuple(rating, rating).map(([importance, performance]) => ({
          kind: 'importancePerformance' as const,
          itemId: item.id,
          importance,
          performance,
        }));
  if (!scale.allowNotApplicable) return answer;
  return fc.oneof(answer, fc.constant({ kind: 'notApplicable' as const, itemId: item.id }));
}

interface ResponseContext {
  readonly id: string;
  readonly campaignId: string;
  /** People who may respond or be rated; at least one. */
  readonly personIds: readonly string[];
  /** The campaign's schedule, in ms since epoch; submissions fall within it. */
  readonly opensAt: number;
  readonly closesAt: number;
}

/**
 * A response to `instrument` that `validateWorkspace` accepts: an allowed perspective, at most one
 * answer per item of the item's kind and on the scale, `submittedAt` exactly when submitted,
 * within the schedule, and timestamps in order.
 */
function responseTo(
  instrument: Instrument,
  context: ResponseContext,
): fc.Arbitrary<AssessmentResponse> {
  const answers = someOf(instrument.items).chain((items) =>
    fc.tuple(...items.map((item) => answerArbitrary(item, instrument.ratingScale))),
  );
  const response = fc.record(
    {
      id: fc.constant(context.id),
      campaignId: fc.constant(context.campaignId),
      respondentId: pickFrom(context.personIds),
      subjectId: pickFrom(context.personIds),
      perspective: pickFrom(instrument.perspectives),
      answers,
    },
    { requiredKeys: ['id', 'campaignId', 'respondentId', 'perspective', 'answers'], ...plain },
  );
  return fc
    .tuple(response, fc.boolean(), dateTimesInOrder(3, context.opensAt, context.closesAt))
    .map(
      ([
        { answers: answerList, subjectId, ...rest },
        submitted,
        [startedAt = '', submittedAt = '', updatedAt = ''],
      ]) => ({
        ...rest,
        // A self-assessment is about the respondent; any other perspective names its subject.
        ...(rest.perspective === 'self' ? {} : { subjectId: subjectId ?? rest.respondentId }),
        status: submitted ? ('submitted' as const) : ('draft' as const),
        startedAt,
        updatedAt,
        ...(submitted ? { submittedAt } : {}),
        answers: answerList,
      }),
    );
}

/** A response whose answers fit an instrument generated alongside it (not returned). */
export const responseArbitrary: fc.Arbitrary<AssessmentResponse> = fc
  .tuple(
    instrumentArbitrary,
    uniqueIds(2),
    uniqueIdsBetween(1, 3),
    fc.tuple(instantArbitrary, instantArbitrary),
  )
  .chain(([instrument, [id = 'response', campaignId = 'campaign'], personIds, instants]) => {
    const [opensAt = 0, closesAt = 0] = sorted(instants);
    return responseTo(instrument, { id, campaignId, personIds, opensAt, closesAt });
  });

// ---------------------------------------------------------------------------------------------
// Workspace

function roundsArbitrary(): fc.Arbitrary<CycleRound[]> {
  return fc
    .array(
      fc.tuple(daysInOrder(2), fc.boolean(), fc.option(localizedTextArbitrary, { nil: undefined })),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((rounds) =>
      rounds.map(([[startsOn = '', endsOn = ''], ended, title], index) => ({
        number: index + 1,
        ...(title === undefined ? {} : { title }),
        startsOn,
        ...(ended ? { endsOn } : {}),
      })),
    );
}

const programmeArbitrary: fc.Arbitrary<Programme> = fc.record(
  {
    id: idArbitrary,
    name: localizedTextArbitrary,
    owner: nonBlankTextArbitrary,
    rounds: roundsArbitrary(),
  },
  { requiredKeys: ['id', 'name', 'rounds'], ...plain },
);

const emailArbitrary = fc.stringMatching(
  /^[a-z][a-z0-9]{0,9}(?:\.[a-z0-9]{1,8})?@[a-z]{2,10}\.(?:org|gov|int)$/,
);

function personalDataOf(personId: string): fc.Arbitrary<PersonalData> {
  return fc.record(
    {
      personId: fc.constant(personId),
      name: nonBlankTextArbitrary,
      email: emailArbitrary,
      preferredLanguage: pickFrom(sampleLanguageTags),
    },
    { requiredKeys: ['personId', 'name'], ...plain },
  );
}

/** What the later parts of a workspace may refer to. */
interface Basics {
  readonly programme: Programme;
  readonly frameworks: CompetencyFramework[];
  readonly units: OrgUnit[];
  readonly people: Person[];
}

const basicsArbitrary: fc.Arbitrary<Basics> = fc.record(
  {
    programme: programmeArbitrary,
    frameworks: fc.uniqueArray(competencyFrameworkArbitrary, {
      minLength: 1,
      maxLength: 2,
      selector: (framework) => `${framework.id} ${framework.version}`,
    }),
    units: uniqueIdsBetween(0, 4).chain((ids) =>
      forestArbitrary(ids, (id) =>
        fc.record(
          { id: fc.constant(id), name: localizedTextArbitrary, code: codeArbitrary },
          { requiredKeys: ['id', 'name'], ...plain },
        ),
      ),
    ),
    people: uniqueIdsBetween(1, 6).chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record(
            { id: fc.constant(id), grade: codeArbitrary },
            { requiredKeys: ['id'], ...plain },
          ),
        ),
      ),
    ),
  },
  plain,
);

const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

function roundOf(basics: Basics): fc.Arbitrary<number> {
  return fc.integer({ min: 1, max: basics.programme.rounds.length });
}

function roleWithId(id: string, frameworks: readonly CompetencyFramework[]): fc.Arbitrary<Role> {
  return pickFrom(frameworks).chain((framework) => {
    const requirements = someOf(framework.competencies).chain((competencies) =>
      fc.tuple(
        ...competencies.map((competency) => {
          const scale = framework.scales.find((candidate) => candidate.id === competency.scaleId);
          const levels = scale?.levels.map((level) => level.value) ?? [];
          return pickFrom(levels).map((requiredLevel) => ({
            competencyId: competency.id,
            requiredLevel,
          }));
        }),
      ),
    );
    return fc.record(
      {
        id: fc.constant(id),
        title: localizedTextArbitrary,
        family: nonBlankTextArbitrary,
        framework: fc.constant(frameworkRefOf(framework)),
        requirements,
      },
      { requiredKeys: ['id', 'title', 'framework', 'requirements'], ...plain },
    );
  });
}

function capacityAssessmentWithId(id: string, basics: Basics): fc.Arbitrary<CapacityAssessment> {
  return fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 9 }))
    .chain(([min, span]) => {
      const rating = finiteNumber(min, min + span);
      const question = (questionId: string) =>
        fc.record(
          {
            id: fc.constant(questionId),
            cell: undpCellArbitrary,
            question: localizedTextArbitrary,
            desired: rating,
            existing: rating,
            evidence: fc.array(nonBlankTextArbitrary, { maxLength: 2 }),
          },
          { requiredKeys: ['id', 'cell', 'question'], ...plain },
        );
      const assessment = fc.record(
        {
          id: fc.constant(id),
          round: roundOf(basics),
          title: localizedTextArbitrary,
          conductedOn: calendarDateArbitrary,
          ratingRange: fc.constant({ min, max: min + span }),
          questions: uniqueIdsBetween(0, 4).chain((questionIds) =>
            fc.tuple(...questionIds.map(question)),
          ),
        },
        plain,
      );
      return sometimesWith(assessment, 'unitId', ids(basics.units));
    });
}

function stakeholderWithId(id: string, basics: Basics): fc.Arbitrary<Stakeholder> {
  const activity = (activityId: string) =>
    sometimesWith(
      fc.record(
        {
          id: fc.constant(activityId),
          kind: pickFrom(stakeholderSchema.shape.activities.element.shape.kind.options),
          date: calendarDateArbitrary,
          summary: localizedTextArbitrary,
        },
        plain,
      ),
      'ownerId',
      ids(basics.people),
    );
  return fc.record(
    {
      id: fc.constant(id),
      round: roundOf(basics),
      name: localizedTextArbitrary,
      category: pickFrom(stakeholderSchema.shape.category.options),
      power: fc.integer({ min: 1, max: 5 }),
      interest: fc.integer({ min: 1, max: 5 }),
      attitude: pickFrom(stakeholderAttitudeSchema.options),
      strategy: pickFrom(engagementStrategySchema.options),
      activities: uniqueIdsBetween(0, 2).chain((activityIds) =>
        fc.tuple(...activityIds.map(activity)),
      ),
    },
    plain,
  );
}

function communityWithId(
  id: string,
  basics: Basics,
  competencyIds: readonly string[],
): fc.Arbitrary<CommunityOfPractice> {
  const focus = fc.oneof(
    localizedTextArbitrary.map((topic) => ({ kind: 'topic' as const, topic })),
    localizedTextArbitrary.map((region) => ({ kind: 'region' as const, region })),
  );
  const activity = (activityId: string) =>
    fc.record(
      {
        id: fc.constant(activityId),
        kind: fc.constantFrom(
          'meetup' as const,
          'showAndTell' as const,
          'workshop' as const,
          'conference' as const,
          'mentoring' as const,
          'other' as const,
        ),
        date: calendarDateArbitrary,
        title: localizedTextArbitrary,
      },
      plain,
    );
  return fc.record(
    {
      id: fc.constant(id),
      name: localizedTextArbitrary,
      focus,
      competencyIds: someOf(competencyIds),
      memberIds: someOf(ids(basics.people)),
      activities: uniqueIdsBetween(0, 2).chain((activityIds) =>
        fc.tuple(...activityIds.map(activity)),
      ),
    },
    plain,
  );
}

/** Basics plus the parts that refer only to them. */
interface Foundations extends Basics {
  readonly competencyIds: readonly string[];
  readonly personalData: PersonalData[] | undefined;
  readonly roles: Role[];
  readonly capacityAssessments: CapacityAssessment[];
  readonly instruments: Instrument[];
  readonly stakeholders: Stakeholder[];
  readonly communities: CommunityOfPractice[];
}

function foundationsOn(basics: Basics): fc.Arbitrary<Foundations> {
  const competencyIds = [
    ...new Set(basics.frameworks.flatMap((framework) => ids(framework.competencies))),
  ];
  const instrument = (id: string) =>
    pickFrom(basics.frameworks).chain((framework) =>
      instrumentWithId(id, {
        framework: frameworkRefOf(framework),
        competencyIds: ids(framework.competencies),
        roundCount: basics.programme.rounds.length,
      }),
    );
  return fc
    .record(
      {
        personalData: fc.option(
          someOf(ids(basics.people)).chain((personIds) =>
            fc.tuple(...personIds.map(personalDataOf)),
          ),
          { nil: undefined },
        ),
        roles: uniqueIdsBetween(0, 3).chain((roleIds) =>
          fc.tuple(...roleIds.map((id) => roleWithId(id, basics.frameworks))),
        ),
        capacityAssessments: uniqueIdsBetween(0, 2).chain((assessmentIds) =>
          fc.tuple(...assessmentIds.map((id) => capacityAssessmentWithId(id, basics))),
        ),
        instruments: uniqueIdsBetween(0, 2).chain((instrumentIds) =>
          fc.tuple(...instrumentIds.map(instrument)),
        ),
        stakeholders: uniqueIdsBetween(0, 2).chain((stakeholderIds) =>
          fc.tuple(...stakeholderIds.map((id) => stakeholderWithId(id, basics))),
        ),
        communities: uniqueIdsBetween(0, 2).chain((communityIds) =>
          fc.tuple(...communityIds.map((id) => communityWithId(id, basics, competencyIds))),
        ),
      },
      plain,
    )
    .map((parts) => ({ ...basics, competencyIds, ...parts }));
}

function membershipsOn(parts: Foundations): fc.Arbitrary<Membership[]> {
  if (parts.units.length === 0 || parts.roles.length === 0) return fc.constant<Membership[]>([]);
  const membership = fc
    .record(
      {
        personId: pickFrom(ids(parts.people)),
        unitId: pickFrom(ids(parts.units)),
        roleId: pickFrom(ids(parts.roles)),
        period: daysInOrder(2),
        ended: fc.boolean(),
      },
      plain,
    )
    .map(({ period: [from = '', to = ''], ended, ...rest }) => ({
      ...rest,
      from,
      ...(ended ? { to } : {}),
    }));
  return fc.array(membership, { maxLength: 4 });
}

function campaignWithId(id: string, parts: Foundations): fc.Arbitrary<Campaign> {
  return pickFrom(parts.instruments).chain((instrument) => {
    const framework = parts.frameworks.find(
      (candidate) =>
        candidate.id === instrument.framework.frameworkId &&
        candidate.version === instrument.framework.version,
    );
    // A campaign that has started needs a published (or retired) framework version.
    const statuses =
      framework?.status === 'draft'
        ? (['draft', 'scheduled'] as const)
        : campaignStatusSchema.options;
    const population = fc.record(
      {
        unitIds: someOf(ids(parts.units)),
        roleIds: someOf(ids(parts.roles)),
        personIds: someOf(ids(parts.people)),
      },
      { requiredKeys: [], ...plain },
    );
    return fc
      .record(
        {
          id: fc.constant(id),
          round: roundOf(parts),
          title: localizedTextArbitrary,
          instrumentId: fc.constant(instrument.id),
          population,
          schedule: fc.uniqueArray(instantArbitrary, { minLength: 2, maxLength: 2 }),
          offsets: fc.tuple(offsetArbitrary, offsetArbitrary),
          status: pickFrom(statuses),
        },
        plain,
      )
      .map(({ schedule, offsets: [opensOffset, closesOffset], ...rest }) => {
        const [opensAt = 0, closesAt = 0] = sorted(schedule);
        return {
          ...rest,
          opensAt: toDateTime(opensAt, opensOffset),
          closesAt: toDateTime(closesAt, closesOffset),
        };
      });
  });
}

function assetWithId(id: string, parts: Foundations): fc.Arbitrary<CapacityAsset> {
  const base = {
    id: fc.constant(id),
    round: roundOf(parts),
    name: localizedTextArbitrary,
    competencyIds: someOf(parts.competencyIds),
  };
  const kinds: fc.Arbitrary<CapacityAsset>[] = [
    fc.record(
      {
        ...base,
        kind: fc.constant('trainedPeople' as const),
        personIds: someOf(ids(parts.people), { minLength: 1 }),
      },
      plain,
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('trainingInstitution' as const),
        seatsPerYear: fc.nat({ max: 5000 }),
      },
      { requiredKeys: ['id', 'round', 'name', 'competencyIds', 'kind'], ...plain },
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('centreOfExcellence' as const),
        capabilityCentres: uniqueIdsBetween(0, 2).chain((centreIds) =>
          fc.tuple(
            ...centreIds.map((centreId) =>
              fc.record(
                {
                  id: fc.constant(centreId),
                  name: localizedTextArbitrary,
                  competencyIds: someOf(parts.competencyIds),
                },
                plain,
              ),
            ),
          ),
        ),
      },
      plain,
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('learningMaterial' as const),
        format: fc.constantFrom(
          'course' as const,
          'guide' as const,
          'video' as const,
          'toolkit' as const,
          'caseStudy' as const,
          'other' as const,
        ),
        languages: fc.uniqueArray(pickFrom(sampleLanguageTags), { minLength: 1, maxLength: 3 }),
        url: fc.webUrl(),
      },
      {
        requiredKeys: ['id', 'round', 'name', 'competencyIds', 'kind', 'format', 'languages'],
        ...plain,
      },
    ),
  ];
  if (parts.communities.length > 0) {
    kinds.push(
      fc.record(
        {
          ...base,
          kind: fc.constant('communityOfPractice' as const),
          communityId: pickFrom(ids(parts.communities)),
        },
        plain,
      ),
    );
  }
  return fc.oneof(...kinds);
}

function knowledgeItemWithId(id: string, parts: Foundations): fc.Arbitrary<KnowledgeItem> {
  const history = fc
    .integer({ min: 1, max: 4 })
    .chain((count) =>
      fc.tuple(
        fc.array(pickFrom(knowledgeStages), { minLength: count, maxLength: count }),
        fc.tuple(instantArbitrary, instantArbitrary),
      ),
    )
    .chain(([stages, instants]) => {
      const [from = 0, to = 0] = sorted(instants);
      return dateTimesInOrder(stages.length, from, to).map((stamps) =>
        stages.map((stage, index) => ({ stage, at: stamps[index] ?? '' })),
      );
    });
  const item = history.chain((entries) =>
    fc.record(
      {
        id: fc.constant(id),
        round: roundOf(parts),
        title: localizedTextArbitrary,
        summary: localizedTextArbitrary,
        stage: fc.constant(entries.at(-1)?.stage ?? 'identified'),
        history: fc.constant(entries),
        competencyIds: someOf(parts.competencyIds),
        url: fc.webUrl(),
      },
      { requiredKeys: ['id', 'round', 'title', 'stage', 'history', 'competencyIds'], ...plain },
    ),
  );
  return sometimesWith(
    sometimesWith(item, 'communityId', ids(parts.communities)),
    'authorId',
    ids(parts.people),
  );
}

/** Foundations plus the parts that refer to them. */
interface Operations extends Foundations {
  readonly memberships: Membership[];
  readonly campaigns: Campaign[];
  readonly assets: CapacityAsset[];
  readonly knowledgeItems: KnowledgeItem[];
}

function operationsOn(parts: Foundations): fc.Arbitrary<Operations> {
  const campaigns =
    parts.instruments.length === 0
      ? fc.constant<Campaign[]>([])
      : uniqueIdsBetween(0, 3).chain((campaignIds) =>
          fc.tuple(...campaignIds.map((id) => campaignWithId(id, parts))),
        );
  return fc
    .record(
      {
        memberships: membershipsOn(parts),
        campaigns,
        assets: uniqueIdsBetween(0, 3).chain((assetIds) =>
          fc.tuple(...assetIds.map((id) => assetWithId(id, parts))),
        ),
        knowledgeItems: uniqueIdsBetween(0, 2).chain((itemIds) =>
          fc.tuple(...itemIds.map((id) => knowledgeItemWithId(id, parts))),
        ),
      },
      plain,
    )
    .map((more) => ({ ...parts, ...more }));
}

function responsesOn(parts: Operations): fc.Arbitrary<AssessmentResponse[]> {
  const perCampaign = parts.campaigns.map((campaign) => {
    const instrument = parts.instruments.find(
      (candidate) => candidate.id === campaign.instrumentId,
    );
    if (instrument === undefined) return fc.constant<AssessmentResponse[]>([]);
    const context = {
      campaignId: campaign.id,
      personIds: ids(parts.people),
      opensAt: Date.parse(campaign.opensAt),
      closesAt: Date.parse(campaign.closesAt),
    };
    return fc
      .integer({ min: 0, max: 2 })
      .chain((count) =>
        fc.tuple(
          ...Array.from({ length: count }, (_, index) =>
            responseTo(instrument, { ...context, id: `${campaign.id}.response${index + 1}` }),
          ),
        ),
      );
  });
  return fc.tuple(...perCampaign).map((lists) => withoutDuplicateSubmissions(lists.flat()));
}

// A second submission by the same respondent about the same subject would count twice: keep it as a draft.
function withoutDuplicateSubmissions(responses: AssessmentResponse[]): AssessmentResponse[] {
  const seen = new Set<string>();
  return responses.map((response) => {
    if (response.status !== 'submitted') return response;
    const key = [
      response.campaignId,
      response.respondentId,
      response.subjectId ?? response.respondentId,
      response.perspective,
    ].join('|');
    if (!seen.has(key)) {
      seen.add(key);
      return response;
    }
    const { submittedAt: _, ...draft } = response;
    return { ...draft, status: 'draft' as const };
  });
}

function interventionWithId(
  id: string,
  currency: string,
  parts: Operations & { readonly catalogue: readonly InterventionOffering[] },
  earlierIds: readonly string[],
): fc.Arbitrary<Intervention> {
  // An intervention runs an offering of its own currency, so cost, spending and budget agree.
  const offeringIds = parts.catalogue
    .filter((offering) => offering.cost.currency === currency)
    .map((offering) => offering.id);
  const spendingEntry = (entryId: string) =>
    fc.record(
      {
        id: fc.constant(entryId),
        on: calendarDateArbitrary,
        kind: fc.constantFrom('committed' as const, 'spent' as const),
        amount: fc.nat({ max: 100_000 }),
        description: localizedTextArbitrary,
      },
      { requiredKeys: ['id', 'on', 'kind', 'amount'], ...plain },
    );
  const milestone = (milestoneId: string) =>
    fc.record(
      {
        id: fc.constant(milestoneId),
        title: localizedTextArbitrary,
        due: calendarDateArbitrary,
        status: pickFrom(deliveryStatusSchema.options),
      },
      plain,
    );
  return fc
    .tuple(someOf(ids(parts.people)), fc.nat({ max: 10 }), daysInOrder(2))
    .chain(([participantIds, spareSeats, [startsOn = '', endsOn = '']]) =>
      fc.record(
        {
          id: fc.constant(id),
          kind: pickFrom(interventionKindSchema.options),
          title: localizedTextArbitrary,
          targets: someOf(parts.competencyIds, { minLength: 1 }).chain((competencyIds) =>
            fc.tuple(
              ...competencyIds.map((competencyId) =>
                finiteNumber(0.1, 3).map((expectedLevelGain) => ({
                  competencyId,
                  expectedLevelGain,
                })),
              ),
            ),
          ),
          cost: interventionCostIn(currency),
          seats: fc.constant(Math.max(1, participantIds.length + spareSeats)),
          durationDays: finiteNumber(0.5, 60),
          ownerId: pickFrom(ids(parts.people)),
          startsOn: fc.constant(startsOn),
          endsOn: fc.constant(endsOn),
          milestones: uniqueIdsBetween(0, 2).chain((milestoneIds) =>
            fc.tuple(...milestoneIds.map(milestone)),
          ),
          status: pickFrom(deliveryStatusSchema.options),
          participantIds: fc.constant(participantIds),
          assetIds: someOf(ids(parts.assets)),
          ...(offeringIds.length === 0 ? {} : { offeringId: pickFrom(offeringIds) }),
          // Prerequisites among earlier interventions only, so the plan never runs in a cycle.
          ...(earlierIds.length === 0
            ? {}
            : {
                prerequisiteIds: someOf(earlierIds, {
                  minLength: 1,
                  maxLength: Math.min(2, earlierIds.length),
                }),
              }),
          spending: uniqueIdsBetween(0, 3).chain((entryIds) =>
            fc.tuple(...entryIds.map(spendingEntry)),
          ),
        },
        {
          requiredKeys: [
            'id',
            'kind',
            'title',
            'targets',
            'cost',
            'seats',
            'durationDays',
            'ownerId',
            'startsOn',
            'endsOn',
            'milestones',
            'status',
          ],
          ...plain,
        },
      ),
    );
}

function planWithId(
  id: string,
  parts: Operations & { readonly catalogue: readonly InterventionOffering[] },
): fc.Arbitrary<CapacityDevelopmentPlan> {
  const constraints = fc.record(
    {
      window: daysInOrder(2).map(([from = '', to = '']) => ({ from, to })),
      maxDaysPerPerson: finiteNumber(0.5, 200),
      minCoverage: someOf(ids(parts.units), { maxLength: Math.min(3, parts.units.length) }).chain(
        (unitIds) =>
          fc.tuple(
            ...unitIds.map((unitId) => finiteNumber(0, 1).map((share) => ({ unitId, share }))),
          ),
      ),
    },
    { requiredKeys: [], ...plain },
  );
  return currencyArbitrary.chain((currency) => {
    const interventions =
      parts.competencyIds.length === 0
        ? fc.constant<Intervention[]>([])
        : uniqueIdsBetween(0, 3).chain((interventionIds) =>
            fc.tuple(
              ...interventionIds.map((each, index) =>
                interventionWithId(each, currency, parts, interventionIds.slice(0, index)),
              ),
            ),
          );
    const plan = fc
      .record(
        {
          id: fc.constant(id),
          round: roundOf(parts),
          title: localizedTextArbitrary,
          interventions,
          headroom: fc.nat({ max: 50_000 }),
          constraints,
        },
        { requiredKeys: ['id', 'round', 'title', 'interventions', 'headroom'], ...plain },
      )
      .map(({ headroom, ...rest }) => {
        const total = rest.interventions.reduce(
          (sum, each) => sum + interventionCostFor(each.cost, each.seats),
          0,
        );
        return { ...rest, budget: { amount: total + headroom, currency } };
      });
    return sometimesWith(plan, 'basedOnCampaignId', ids(parts.campaigns));
  });
}

function indicatorWithId(id: string): fc.Arbitrary<Indicator> {
  return fc
    .tuple(dayArbitrary, fc.nat({ max: 2000 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 3 }))
    .chain(([baselineDay, targetAfter, actualsAfter]) =>
      fc.record(
        {
          id: fc.constant(id),
          name: localizedTextArbitrary,
          unit: nonBlankTextArbitrary,
          baseline: finiteNumber(-1000, 1000).map((value) => ({
            value,
            on: toCalendarDate(baselineDay),
          })),
          target: finiteNumber(-1000, 1000).map((value) => ({
            value,
            on: toCalendarDate(baselineDay + targetAfter),
          })),
          actuals: fc.tuple(
            ...sorted(actualsAfter).map((after) =>
              finiteNumber(-1000, 1000).map((value) => ({
                value,
                on: toCalendarDate(baselineDay + after),
              })),
            ),
          ),
        },
        plain,
      ),
    );
}

function roiInputsArbitrary(): fc.Arbitrary<RoiInputs> {
  return currencyArbitrary.chain((currency) => {
    const line = fc.record(
      {
        description: localizedTextArbitrary,
        amount: finiteNumber(0, 1_000_000).map((amount): Money => ({ amount, currency })),
      },
      plain,
    );
    return fc.record(
      {
        benefits: fc.array(line, { maxLength: 3 }),
        costs: fc.array(line, { maxLength: 3 }),
        isolationFactor: finiteNumber(0, 1),
        confidence: finiteNumber(0, 1),
        intangibles: fc.array(localizedTextArbitrary, { maxLength: 2 }),
      },
      { requiredKeys: ['benefits', 'costs', 'isolationFactor', 'intangibles'], ...plain },
    );
  });
}

function evaluationWithId(
  id: string,
  parts: Operations,
  plans: readonly CapacityDevelopmentPlan[],
) {
  return pickFrom(plans).chain((plan) => {
    const measure = (measureId: string) =>
      sometimesWith(
        fc.record(
          {
            id: fc.constant(measureId),
            level: fc.constantFrom<KirkpatrickLevel>(1, 2, 3, 4),
            measure: localizedTextArbitrary,
            value: finiteNumber(-1000, 1000),
            unit: nonBlankTextArbitrary,
            n: fc.nat({ max: 10_000 }),
            measuredOn: calendarDateArbitrary,
          },
          { requiredKeys: ['id', 'level', 'measure', 'value', 'unit', 'measuredOn'], ...plain },
        ),
        'interventionId',
        ids(plan.interventions),
      );
    return fc.record(
      {
        id: fc.constant(id),
        round: roundOf(parts),
        planId: fc.constant(plan.id),
        title: localizedTextArbitrary,
        kirkpatrick: uniqueIdsBetween(0, 3).chain((measureIds) =>
          fc.tuple(...measureIds.map(measure)),
        ),
        roi: roiInputsArbitrary(),
        indicators: uniqueIdsBetween(0, 2).chain((indicatorIds) =>
          fc.tuple(...indicatorIds.map(indicatorWithId)),
        ),
        observations: observationsArbitrary(ids(parts.people), ids(plan.interventions)),
      },
      {
        requiredKeys: [
          'id',
          'round',
          'planId',
          'title',
          'kirkpatrick',
          'indicators',
          'observations',
        ],
        ...plain,
      },
    ) satisfies fc.Arbitrary<Evaluation>;
  });
}

function workspaceOn(parts: Operations): fc.Arbitrary<Workspace> {
  const catalogueAndPlans = catalogueArbitrary({
    competencyIds: parts.competencyIds,
    assetIds: ids(parts.assets),
  }).chain((catalogue) =>
    uniqueIdsBetween(0, 2)
      .chain((planIds) => fc.tuple(...planIds.map((id) => planWithId(id, { ...parts, catalogue }))))
      .map((plans) => ({ catalogue, plans })),
  );
  const maturityIndexes = uniqueIdsBetween(0, 2).chain((indexIds) =>
    fc.tuple(...indexIds.map((id) => maturityIndexWithId(id, ids(parts.units)))),
  );
  return fc
    .tuple(responsesOn(parts), catalogueAndPlans, maturityIndexes)
    .chain(([responses, { catalogue, plans: planList }, indexes]) => {
      const evaluations =
        planList.length === 0
          ? fc.constant<Evaluation[]>([])
          : uniqueIdsBetween(0, 2).chain((evaluationIds) =>
              fc.tuple(...evaluationIds.map((id) => evaluationWithId(id, parts, planList))),
            );
      return evaluations.map((evaluationList) => ({
        responses,
        catalogue,
        plans: planList,
        evaluations: evaluationList,
        maturityIndexes: indexes,
      }));
    })
    .map(({ responses, catalogue, plans: planList, evaluations, maturityIndexes: indexes }) => ({
      schemaVersion: currentSchemaVersion,
      kind: 'capkitWorkspace' as const,
      programme: parts.programme,
      frameworks: parts.frameworks,
      units: parts.units,
      roles: parts.roles,
      people: parts.people,
      ...(parts.personalData === undefined ? {} : { personalData: parts.personalData }),
      memberships: parts.memberships,
      capacityAssessments: parts.capacityAssessments,
      instruments: parts.instruments,
      campaigns: parts.campaigns,
      responses,
      stakeholders: parts.stakeholders,
      assets: parts.assets,
      communities: parts.communities,
      catalogue,
      plans: planList,
      evaluations,
      knowledgeItems: parts.knowledgeItems,
      maturityIndexes: indexes,
    }));
}

/**
 * A small workspace in which every reference resolves and every rule of `validateWorkspace`
 * holds: rounds numbered in order, 1–2 frameworks, units and areas nested without cycles, roles
 * at levels of their competencies' scales, instruments on their framework's competencies,
 * campaigns on published frameworks once started, responses that fit their instrument and fall
 * within their campaign, a catalogue whose prerequisites run without a cycle, plans within budget
 * and seats running offerings of their own currency, with prerequisites, spending and constraints,
 * evaluations of existing plans and interventions with observations on their scale, maturity
 * indices with one root and ascending levels, dates in order.
 */
export const workspaceArbitrary: fc.Arbitrary<Workspace> = basicsArbitrary
  .chain(foundationsOn)
  .chain(operationsOn)
  .chain(workspaceOn);
