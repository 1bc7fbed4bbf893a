import type { KnowledgeStage } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';

/** The counts the plain-language summary is made of, each ready to print and to pluralise. */
export interface KnowledgeSummaryCounts {
  readonly total: LocalizedCount;
  readonly stuckAtCreated: LocalizedCount;
  readonly utilised: LocalizedCount;
  /** The name of the `created` stage, as the messages spell it. */
  readonly createdStage: string;
}

/** What an announcement of a move is given. */
export interface KnowledgeMoveText {
  readonly title: string;
  /** The stage's name. */
  readonly stage: string;
  /** Its place in the cycle, e.g. "3" of "5". */
  readonly position: string;
  readonly stages: string;
}

/** Every string the knowledge-cycle board shows, so an app can translate it; English by default. */
export interface KnowledgeCycleBoardMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-language summary shown first. */
  readonly summary: (counts: KnowledgeSummaryCounts) => string;
  /** Name of each stage (and of its column). */
  readonly stage: Readonly<Record<KnowledgeStage, string>>;
  /** How many items a column holds, after its name. */
  readonly columnCount: (count: LocalizedCount) => string;
  /** Shown in a column with no items. */
  readonly emptyColumn: string;
  /** How to move a card, for screen readers and sighted keyboard users alike. */
  readonly moveHint: string;
  readonly moveForward: (stage: string) => string;
  readonly moveBack: (stage: string) => string;
  /** When the item reached its stage, e.g. "Reached 2 Jun 2026". */
  readonly reached: (date: string) => string;
  readonly competenciesLabel: string;
  readonly communityLabel: string;
  readonly noCommunity: string;
  /** Announced after a move. */
  readonly moved: (move: KnowledgeMoveText) => string;
  /** Announced when an arrow key would leave the cycle. */
  readonly atEdge: (move: KnowledgeMoveText) => string;
  readonly filtersLabel: string;
  readonly competencyFilter: string;
  readonly communityFilter: string;
  readonly allCompetencies: string;
  readonly allCommunities: string;
  /** After the filters when they hide items. */
  readonly filteredCount: (shown: LocalizedCount, total: LocalizedCount) => string;
  readonly tableCaption: (title: string) => string;
  readonly titleHeading: string;
  readonly stageHeading: string;
  readonly reachedHeading: string;
  readonly competenciesHeading: string;
  readonly communityHeading: string;
}

/** English defaults for {@link KnowledgeCycleBoardMessages}. */
export const defaultKnowledgeCycleBoardMessages: KnowledgeCycleBoardMessages = {
  summary: ({ total, stuckAtCreated, createdStage }) => {
    const created = createdStage.toLowerCase();
    const first = plural(total, {
      one: '{count} knowledge item',
      other: '{count} knowledge items',
    });
    const second =
      stuckAtCreated.value === 0
        ? `none is stuck at ‘${created}’.`
        : plural(stuckAtCreated, {
            one: `{count} is stuck at ‘${created}’ and has not been shared yet.`,
            other: `{count} are stuck at ‘${created}’ and have not been shared yet.`,
          });
    return `${first}; ${second}`;
  },
  stage: {
    identified: 'Identified',
    created: 'Created',
    shared: 'Shared',
    stored: 'Stored',
    utilised: 'Utilised',
  },
  columnCount: (count) => plural(count, { one: '{count} item', other: '{count} items' }),
  emptyColumn: 'Nothing at this stage.',
  moveHint:
    'On a card, the left and right arrow keys move it to the previous or next stage; the buttons do the same.',
  moveForward: (stage) => `Move to ${stage.toLowerCase()}`,
  moveBack: (stage) => `Move back to ${stage.toLowerCase()}`,
  reached: (date) => `Reached ${date}`,
  competenciesLabel: 'Competencies',
  communityLabel: 'Community',
  noCommunity: 'No community',
  moved: ({ title, stage, position, stages }) =>
    `${title} moved to ${stage.toLowerCase()}, stage ${position} of ${stages}.`,
  atEdge: ({ title, stage }) =>
    `${title} is already at ${stage.toLowerCase()}; it cannot move further.`,
  filtersLabel: 'Filter knowledge items',
  competencyFilter: 'Competency',
  communityFilter: 'Community',
  allCompetencies: 'All competencies',
  allCommunities: 'All communities',
  filteredCount: (shown, total) =>
    plural(total, {
      one: `Showing ${shown.text} of {count} item.`,
      other: `Showing ${shown.text} of {count} items.`,
    }),
  tableCaption: (title) => `${title}: knowledge items by stage`,
  titleHeading: 'Knowledge item',
  stageHeading: 'Stage',
  reachedHeading: 'Reached stage',
  competenciesHeading: 'Competencies',
  communityHeading: 'Community',
  empty: 'No knowledge items yet.',
  loading: 'Loading the knowledge items…',
  error: 'The knowledge items could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Board',
  viewTable: 'Table',
};
