import { useMemo, type ReactNode } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
import { ComparisonControls } from './ComparisonControls.js';
import { ComparisonTable } from './ComparisonTable.js';
import { comparisonText } from './comparisonText.js';
import { DumbbellChart } from './DumbbellChart.js';
import { defaultRoundComparisonMessages, type RoundComparisonMessages } from './messages.js';
import {
  allUnitsId,
  comparisonGrid,
  unitsOf,
  type ComparisonFilter,
  type ComparisonView,
  type RoundComparisonCompetency,
} from './roundGrid.js';

/** Props of {@link RoundComparison}. */
export interface RoundComparisonProps
  extends LocaleProps<RoundComparisonMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the figure, also its accessible name. */
  readonly title: string;
  /**
   * Per competency, the engine's change per unit and for all units: `pairedChangeByGroup` of
   * `@capkit/scoring/evaluation` over each competency's pairs from
   * `pairedRoundsFromModel(workspace, { …, groupByUnit: true })`.
   * @default []
   */
  readonly competencies?: readonly RoundComparisonCompetency[] | undefined;
  /**
   * Unit names by id; an id left out is shown as it is.
   * @default {}
   */
  readonly unitNames?: Readonly<Record<string, string>> | undefined;
  /** Controlled grouping: by competency or by unit. */
  readonly by?: ComparisonView | undefined;
  /**
   * Initial grouping when uncontrolled.
   * @default 'competency'
   */
  readonly defaultBy?: ComparisonView | undefined;
  /** Called when the reader switches grouping. */
  readonly onByChange?: ((by: ComparisonView) => void) | undefined;
  /** Controlled filter: one competency and/or one unit, `null` for every one. */
  readonly filter?: ComparisonFilter | undefined;
  /**
   * Initial filter when uncontrolled.
   * @default { competencyId: null, unitId: null }
   */
  readonly defaultFilter?: ComparisonFilter | undefined;
  /** Called when the reader changes a filter. */
  readonly onFilterChange?: ((filter: ComparisonFilter) => void) | undefined;
}

const noCompetencies: readonly RoundComparisonCompetency[] = [];
const noNames: Readonly<Record<string, string>> = {};
const noFilter: ComparisonFilter = { competencyId: null, unitId: null };

/**
 * Step 5 of the cycle: round 1 against round 2 of the assessment, by competency and by unit. It
 * opens with what changed in plain words ("Data literacy rose in 4 of 6 units beyond noise;
 * Finance fell."), then a dumbbell chart of round 1 → round 2 with a grid of the same results
 * (change in mean level, 95 % CI, beyond noise or not). Read by competency or by unit, filtered
 * by either. Every number is the engine's; a withheld one reads "too few people to conclude".
 */
export function RoundComparison({
  title,
  competencies = noCompetencies,
  unitNames = noNames,
  by: controlledBy,
  defaultBy = 'competency',
  onByChange,
  filter: controlledFilter,
  defaultFilter = noFilter,
  onFilterChange,
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
}: RoundComparisonProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('RoundComparison', defaultRoundComparisonMessages, messageOverrides);
  const [by, setBy] = useControllableState({
    value: controlledBy,
    defaultValue: defaultBy,
    onChange: onByChange,
    name: 'RoundComparison by',
  });
  const [filter, setFilter] = useControllableState({
    value: controlledFilter,
    defaultValue: defaultFilter,
    onChange: onFilterChange,
    name: 'RoundComparison filter',
  });
  const text = useMemo(() => comparisonText(locale, messages), [locale, messages]);
  const unitName = (id: string) => (id === allUnitsId ? messages.allUnits : (unitNames[id] ?? id));
  const grid = comparisonGrid(competencies, by, filter, unitName);

  const empty = competencies.length === 0;
  const state = widgetState(status, empty);
  const frame = {
    title,
    view,
    defaultView,
    onViewChange,
    className: ['ck-round-comparison', className].filter(Boolean).join(' '),
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

  const firstFigures = grid.groups
    .flatMap((group) => group.items)
    .find((cell) => cell?.words.figures)?.words.figures;
  const level = text.level(firstFigures?.level ?? 0.95);
  const nothing = grid.groups.length === 0 || grid.columns.length === 0;
  const controls = (
    <ComparisonControls
      view={by}
      onViewChange={setBy}
      filter={filter}
      onFilterChange={setFilter}
      competencies={competencies.map(({ id, label }) => ({ id, label }))}
      units={unitsOf(competencies).map((id) => ({ id, label: unitName(id) }))}
      text={text}
    />
  );
  const body = (part: ReactNode) => (
    <>
      {controls}
      {nothing ? <p className="ck-status">{messages.nothingShown}</p> : part}
    </>
  );
  const summary = nothing ? null : text.summary(grid);

  return (
    <ChartFigure
      {...frame}
      description={messages.method(level)}
      summary={
        summary && (
          <div aria-live="polite">
            <p>{summary.findings.join(' ')}</p>
            {summary.notes.length > 0 && (
              <p className="ck-round-comparison__note">{summary.notes.join(' ')}</p>
            )}
          </div>
        )
      }
      chart={body(
        <DumbbellChart
          grid={grid}
          text={text}
          level={level}
          rtl={dir === 'rtl'}
          headingLevel={headingLevel}
        />,
      )}
      table={body(<ComparisonTable grid={grid} text={text} title={messages.chartTitle(by)} />)}
    />
  );
}
