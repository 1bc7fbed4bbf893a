import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages } from '../shared/widgetProps.js';

/** Every string the framework browser shows, so an app can translate it; English by default. */
export interface FrameworkBrowserMessages extends LoadStateMessages {
  /** Accessible name of the tree of areas and competencies. */
  readonly treeLabel: string;
  /** Label of the search field. */
  readonly searchLabel: string;
  /** Hint under the search field: what it searches. */
  readonly searchHint: string;
  /**
   * Announced (politely) and shown after a search: how many competencies match. `count` carries
   * the number, its text in the reader's locale and its plural category.
   */
  readonly resultCount: (count: LocalizedCount, query: string) => string;
  /** Shown while the framework is loading. */
  readonly loading: string;
  /** Shown when the framework could not be loaded. */
  readonly error: string;
  /** Shown instead of the tree when the framework has no areas and no competencies. */
  readonly empty: string;
  /** Heading of the details panel while no competency is selected. */
  readonly detailsHeading: string;
  /** Body of the details panel while no competency is selected. */
  readonly noSelection: string;
  /** Introduces the area a competency sits in, in the details panel. */
  readonly area: string;
  /** Names the competency's proficiency scale, in the details panel. */
  readonly scale: string;
  /** Heading of the list of proficiency levels in the details panel. */
  readonly proficiencyLevels: string;
  /** Marks the scale's proficient threshold: the lowest level that counts as proficient. */
  readonly proficientThreshold: string;
  /** Names a level that has no code of its own, e.g. "Level 3". */
  readonly levelNumber: (value: number) => string;
  /** Shown when the competency's proficiency scale is not in the framework. */
  readonly unknownScale: string;
}

/** English defaults for {@link FrameworkBrowserMessages}. */
export const defaultFrameworkBrowserMessages: FrameworkBrowserMessages = {
  treeLabel: 'Competency framework',
  searchLabel: 'Search competencies',
  searchHint: 'Search by code, name or statement.',
  resultCount: (count, query) =>
    count.value === 0
      ? `No competencies match “${query}”.`
      : `${plural(count, { one: '{count} competency matches', other: '{count} competencies match' })} “${query}”.`,
  loading: 'Loading the competency framework…',
  error: 'The competency framework could not be loaded. Try again later.',
  empty: 'This framework has no areas or competencies yet.',
  detailsHeading: 'Competency details',
  noSelection: 'Select a competency to see its statement and proficiency levels.',
  area: 'Area',
  scale: 'Proficiency scale',
  proficiencyLevels: 'Proficiency levels',
  proficientThreshold: 'Proficient threshold: the lowest level that counts as proficient',
  levelNumber: (value) => `Level ${value}`,
  unknownScale: 'The proficiency scale of this competency is not in the framework.',
};
