import type { CapacityAsset } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { AssetKind } from './assetMatching.js';

/** Format of a learning material, as the model names it. */
export type MaterialFormat = Extract<CapacityAsset, { kind: 'learningMaterial' }>['format'];

/** The counts and names the plain-language summary is made of. */
export interface InventorySummaryText {
  readonly total: LocalizedCount;
  /** Assets that build at least one needed competency. */
  readonly covering: LocalizedCount;
  /** How many competencies are needed (by the plan, or as the app says). */
  readonly needed: LocalizedCount;
  /** How many needed competencies no asset builds. */
  readonly uncovered: LocalizedCount;
  /** Their names as one list in the reader's language ("A, B and C"). */
  readonly uncoveredNames: string;
}

/** Every string the assets inventory shows, so an app can translate it; English by default. */
export interface AssetsInventoryMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-language summary shown first. */
  readonly summary: (text: InventorySummaryText) => string;
  /** Name of each kind of asset. */
  readonly kind: Readonly<Record<AssetKind, string>>;
  /** Name of each format of learning material. */
  readonly format: Readonly<Record<MaterialFormat, string>>;
  readonly filtersLabel: string;
  readonly competencyFilter: string;
  readonly kindFilter: string;
  readonly allCompetencies: string;
  readonly allKinds: string;
  /** How many assets the filters keep, announced politely when it changes. */
  readonly shownCount: (shown: LocalizedCount, total: LocalizedCount) => string;
  /** Instead of the cards (or rows) when the filters keep none. */
  readonly noneShown: string;
  readonly competenciesLabel: string;
  readonly detailsLabel: string;
  readonly servesLabel: string;
  readonly neededLabel: string;
  /** Where an asset serves no intervention, or covers no needed competency. */
  readonly none: string;
  /** After an intervention that names the asset in its `assetIds`. */
  readonly namedByPlan: string;
  /** After an intervention that shares competencies with the asset: their names. */
  readonly sharesCompetencies: (names: string) => string;
  /** A trained-people asset: how many people, as its list's toggle. */
  readonly people: (count: LocalizedCount) => string;
  readonly seatsPerYear: (count: LocalizedCount) => string;
  readonly members: (community: string, count: LocalizedCount) => string;
  readonly capabilityCentres: string;
  /** A learning material: its format and languages, e.g. "Course in English, French". */
  readonly material: (format: string, languages: string) => string;
  /** Text of the link to a learning material. */
  readonly openMaterial: (name: string) => string;
  readonly tableCaption: (title: string) => string;
  readonly assetHeading: string;
  readonly kindHeading: string;
}

/** English defaults for {@link AssetsInventoryMessages}. */
export const defaultAssetsInventoryMessages: AssetsInventoryMessages = {
  summary: ({ total, covering, needed, uncovered, uncoveredNames }) => {
    const assets = plural(total, {
      one: '{count} capacity asset',
      other: '{count} capacity assets',
    });
    if (needed.value === 0) return `${assets}; no needed competencies to match them against.`;
    const verb = covering.value === 1 ? 'builds' : 'build';
    const what = plural(needed, { one: 'the competency', other: 'competencies' });
    const first = `${covering.text} of ${assets} ${verb} ${what} the plan needs.`;
    if (uncovered.value === 0) return `${first} Every needed competency has at least one asset.`;
    return `${first} ${plural(uncovered, {
      one: `No asset builds ${uncoveredNames} yet.`,
      other: `No asset builds these {count} yet: ${uncoveredNames}.`,
    })}`;
  },
  kind: {
    trainedPeople: 'Trained people',
    trainingInstitution: 'Training institution',
    communityOfPractice: 'Community of practice',
    centreOfExcellence: 'Centre of excellence',
    learningMaterial: 'Learning material',
  },
  format: {
    course: 'Course',
    guide: 'Guide',
    video: 'Video',
    toolkit: 'Toolkit',
    caseStudy: 'Case study',
    other: 'Material',
  },
  filtersLabel: 'Filter assets',
  competencyFilter: 'Competency',
  kindFilter: 'Kind',
  allCompetencies: 'All competencies',
  allKinds: 'All kinds',
  shownCount: (shown, total) =>
    shown.value === total.value
      ? plural(total, { one: 'Showing the {count} asset.', other: 'Showing all {count} assets.' })
      : plural(total, {
          one: `Showing ${shown.text} of {count} asset.`,
          other: `Showing ${shown.text} of {count} assets.`,
        }),
  noneShown: 'No asset matches these filters.',
  competenciesLabel: 'Builds',
  detailsLabel: 'Details',
  servesLabel: 'Serves in the plan',
  neededLabel: 'Needed competencies covered',
  none: 'None',
  namedByPlan: 'the plan builds on it',
  sharesCompetencies: (names) => `shares ${names}`,
  people: (count) => plural(count, { one: '{count} person', other: '{count} people' }),
  seatsPerYear: (count) =>
    plural(count, { one: '{count} place a year', other: '{count} places a year' }),
  members: (community, count) =>
    `${community}, ${plural(count, { one: '{count} member', other: '{count} members' })}`,
  capabilityCentres: 'Capability centres',
  material: (format, languages) => `${format} in ${languages}`,
  openMaterial: (name) => `Open ${name}`,
  tableCaption: (title) => `${title}: assets and what they serve`,
  assetHeading: 'Asset',
  kindHeading: 'Kind',
  empty: 'No capacity assets recorded yet.',
  loading: 'Loading the capacity assets…',
  error: 'The capacity assets could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Cards',
  viewTable: 'Table',
};
