import type {
  CapacityAsset,
  CapacityDevelopmentPlan,
  CommunityOfPractice,
  PersonalData,
} from '@capkit/model';
import { useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount } from '../shared/localeFormat.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
import { AssetCards } from './AssetCards.js';
import { AssetFilters } from './AssetFilters.js';
import {
  competencyChoices,
  filterAssets,
  inventoryFindings,
  kindsOf,
  matchAssets,
  planCompetencies,
  type AssetFilter,
} from './assetMatching.js';
import { AssetTable } from './AssetTable.js';
import { assetText } from './assetText.js';
import { defaultAssetsInventoryMessages, type AssetsInventoryMessages } from './messages.js';

/** Props of {@link AssetsInventory}. */
export interface AssetsInventoryProps
  extends LocaleProps<AssetsInventoryMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the figure, also its accessible name. */
  readonly title: string;
  /** A sentence on whose assets these are and when they were recorded. */
  readonly description?: string | undefined;
  /** The capacity assets (workspace `assets`), shown in the order given. */
  readonly assets: readonly CapacityAsset[];
  /**
   * The plan the assets are matched against: each asset lists the interventions it serves.
   * @default undefined (no interventions to match)
   */
  readonly plan?: CapacityDevelopmentPlan | undefined;
  /**
   * The competencies the programme needs, e.g. the top training priorities of the needs
   * analysis, in order of need.
   * @default the targets of the plan's interventions that are not cancelled
   */
  readonly neededCompetencyIds?: readonly string[] | undefined;
  /**
   * Competency names by id; an id left out is shown as it is.
   * @default undefined
   */
  readonly competencyNames?: Readonly<Record<string, string>> | undefined;
  /**
   * The communities of practice (workspace `communities`), for the name and members of a
   * community-of-practice asset; one not among them is shown by its id.
   * @default []
   */
  readonly communities?: readonly CommunityOfPractice[] | undefined;
  /**
   * Names of trained people (workspace `personalData`). Without it, people are shown by their
   * pseudonymous id only; pass it only where the reader may see names.
   * @default undefined
   */
  readonly personalData?: readonly PersonalData[] | undefined;
}

const noCommunities: readonly CommunityOfPractice[] = [];
const noFilter: AssetFilter = { competencyId: null, kind: null };

/**
 * Step 3 of the cycle: the inventory of capacity assets to build on — trained people,
 * training institutions, communities of practice, centres of excellence, learning materials —
 * as cards or a table, filterable by competency and by kind. Each asset says which of the
 * plan's interventions it serves (the plan names it, or it builds a competency the
 * intervention targets) and which needed competencies it covers. It opens with a sentence on
 * how many assets meet the plan's needs and which needs have no asset.
 */
export function AssetsInventory({
  title,
  description,
  assets,
  plan,
  neededCompetencyIds,
  competencyNames,
  communities = noCommunities,
  personalData,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: AssetsInventoryProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('AssetsInventory', defaultAssetsInventoryMessages, messageOverrides);
  const [filter, setFilter] = useState<AssetFilter>(noFilter);

  const text = useMemo(
    () => assetText({ locale, messages, competencyNames, communities, personalData }),
    [locale, messages, competencyNames, communities, personalData],
  );
  const needed = useMemo(
    () => neededCompetencyIds ?? planCompetencies(plan),
    [neededCompetencyIds, plan],
  );
  const matches = useMemo(
    () => matchAssets(assets, plan?.interventions ?? [], needed),
    [assets, plan, needed],
  );

  const empty = assets.length === 0;
  const state = widgetState(status, empty);
  const frame = {
    title,
    description,
    view,
    defaultView,
    onViewChange,
    className: ['ck-assets', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  };

  if (state !== 'ready') {
    return (
      <ChartFigure
        {...frame}
        chart={null}
        table={null}
        status={
          <WidgetStatus
            status={status}
            empty={empty}
            messages={messages}
            errorMessage={errorMessage}
          />
        }
      />
    );
  }

  const findings = inventoryFindings(matches, needed);
  const summary = messages.summary({
    total: localizedCount(locale, findings.total),
    covering: localizedCount(locale, findings.covering),
    needed: localizedCount(locale, new Set(needed).size),
    uncovered: localizedCount(locale, findings.uncovered.length),
    uncoveredNames: text.competencies(findings.uncovered),
  });
  const shown = filterAssets(matches, filter);
  const filters = (
    <AssetFilters
      competencyIds={competencyChoices(matches, needed)}
      kinds={kindsOf(matches)}
      filter={filter}
      onFilterChange={setFilter}
      shown={shown.length}
      total={matches.length}
      text={text}
    />
  );
  const none = <p className="ck-assets__none">{messages.noneShown}</p>;

  return (
    <div className="ck-assets__widget" dir={dir}>
      <ChartFigure
        {...frame}
        summary={<p>{summary}</p>}
        chart={
          <>
            {filters}
            {shown.length === 0 ? (
              none
            ) : (
              <AssetCards matches={shown} headingLevel={headingLevel} text={text} />
            )}
          </>
        }
        table={
          <>
            {filters}
            {shown.length === 0 ? none : <AssetTable title={title} matches={shown} text={text} />}
          </>
        }
      />
    </div>
  );
}
