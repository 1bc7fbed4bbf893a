import type { CapacityAssessment } from '@capkit/model';
import { pointsOfEntry } from '@capkit/model/vocabulary';
import type { UndpRollUp } from '@capkit/scoring/undp';
import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { useRovingFocus, type GridPosition } from '../shared/rovingFocus.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';
import {
  capacityFindings,
  crossSectionViews,
  defaultCapacityGapBands,
  type CapacityGapBands,
} from './capacityGaps.js';
import { CapacityMatrix } from './CapacityMatrix.js';
import { CapacityTable, MarginsTable } from './CapacityTable.js';
import { capacityText } from './capacityText.js';
import { CrossSectionDetail } from './CrossSectionDetail.js';
import {
  defaultCapacityAssessmentViewMessages,
  type CapacityAssessmentViewMessages,
} from './messages.js';

/** Props of {@link CapacityAssessmentView}. */
export interface CapacityAssessmentViewProps
  extends
    LocaleProps<CapacityAssessmentViewMessages>,
    LoadStateProps,
    ViewProps,
    SelectionProps,
    HeadingProps {
  /** Title of the figure, also the matrix's accessible name. */
  readonly title: string;
  /** What was assessed, for whom, in a sentence. @default the method, from `messages.method` */
  readonly description?: string | undefined;
  /** The UNDP capacity assessment (`CapacityAssessment` of `@capkit/model`): its questions. */
  readonly assessment?: CapacityAssessment | undefined;
  /**
   * `undpRollUp(assessment)` of `@capkit/scoring/undp`: every mean the widget shows is the
   * engine's, read from this; pass the roll-up of the same `assessment`.
   */
  readonly rollUp?: UndpRollUp | undefined;
  /**
   * Where a gap becomes moderate and large, as shares of the rating range.
   * @default { moderate: 0.25, large: 0.5 } (1 and 2 points on a 1–5 range)
   */
  readonly gapBands?: CapacityGapBands | undefined;
  /**
   * date-fns locale for the date the assessment was conducted.
   * @default date-fns' English (en-US)
   */
  readonly dateLocale?: Locale | undefined;
}

const origin: GridPosition = { row: 0, column: 0 };

/**
 * Step 3 of the cycle, assess capacity needs and assets, after UNDP's Capacity Assessment
 * Methodology (2008): a sentence on where the largest gaps are, then the cross-sections (core
 * issue × point of entry) as a matrix of desired against existing capacity with each gap in
 * words, figures and a pattern, or as a table. Enter (or a click) on a cross-section drills down
 * to its functional capacities and their questions as rated; the back button or Escape
 * returns to where the reader was. The drilled cross-section is the selection (`selectedId`,
 * its `undpKey`, e.g. `organisation/knowledge`), controlled or not. Every mean comes from the
 * engine's roll-up, never from the widget.
 */
export function CapacityAssessmentView({
  title,
  description,
  assessment,
  rollUp,
  gapBands = defaultCapacityGapBands,
  dateLocale,
  selectedId,
  defaultSelectedId = null,
  onSelectionChange,
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
}: CapacityAssessmentViewProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'CapacityAssessmentView',
    defaultCapacityAssessmentViewMessages,
    messageOverrides,
  );
  const [drilled, setDrilled] = useControllableState<string | null>({
    value: selectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'CapacityAssessmentView selectedId',
  });
  const [active, setActive] = useState<GridPosition>(origin);
  const { containerRef, focusTabStop } = useRovingFocus<HTMLDivElement>();
  const rootRef = useRef<HTMLDivElement>(null);
  // The cross-section to give focus back to once the drill-down has closed: a ref read by the
  // effect, and a request counter (state) so that closing always causes that render.
  const returnTo = useRef<string | null>(null);
  const [returnRequest, setReturnRequest] = useState(0);
  // Whether the reader opened the drill-down (focus follows) rather than the app (it does not).
  const [openedByReader, setOpenedByReader] = useState(false);

  const text = useMemo(() => capacityText(locale, messages), [locale, messages]);
  const views = useMemo(
    () =>
      assessment === undefined || rollUp === undefined
        ? []
        : crossSectionViews(assessment, rollUp, gapBands),
    [assessment, rollUp, gapBands],
  );

  useEffect(() => {
    const key = returnTo.current;
    if (returnRequest === 0 || key === null || drilled !== null) return;
    returnTo.current = null;
    [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-capacity-key]') ?? [])]
      .find((element) => element.dataset.capacityKey === key)
      ?.focus();
  }, [returnRequest, drilled]);

  const empty =
    assessment === undefined || rollUp === undefined || assessment.questions.length === 0;
  const state = widgetState(status, empty);
  const range = assessment?.ratingRange ?? { min: 0, max: 1 };
  const span = range.max - range.min;
  const frame = {
    title,
    description:
      description ??
      messages.method({
        min: text.point(range.min),
        max: text.point(range.max),
        moderate: text.point(gapBands.moderate * span),
        large: text.point(gapBands.large * span),
      }),
    view,
    defaultView,
    onViewChange,
    className: ['ck-capacity', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  };

  if (state !== 'ready' || assessment === undefined || rollUp === undefined) {
    return (
      <div className="ck-capacity__widget" dir={dir}>
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
      </div>
    );
  }

  const findings = capacityFindings(views, rollUp);
  const named = (gap: number | null, name: string) => ({ name, gap: text.rating(gap) });
  const summary = messages.summary({
    assessed: text.count(findings.assessed),
    rated: text.count(findings.rated),
    large: text.count(findings.large),
    largestCount: text.count(findings.largest.length),
    largest: findings.largest.map((found) =>
      named(found.levels?.gap ?? null, text.crossSection(found.pointOfEntry, found.coreIssue)),
    ),
    widestFunction:
      findings.widestFunction === null
        ? null
        : named(
            findings.widestFunction.gap,
            messages.functionalCapacity[findings.widestFunction.id],
          ),
  });
  const conducted = messages.conducted(
    formatCalendarDay(assessment.conductedOn, dateLocale, 'PPP'),
    text.count(assessment.round).text,
  );

  const open = (key: string) => {
    const index = views.findIndex((found) => found.key === key);
    if (index >= 0)
      setActive({
        row: Math.floor(index / pointsOfEntry.length),
        column: index % pointsOfEntry.length,
      });
    setOpenedByReader(true);
    setDrilled(key);
  };
  const back = () => {
    returnTo.current = drilled;
    setReturnRequest((count) => count + 1);
    setDrilled(null);
  };
  const selected = views.find((found) => found.key === drilled);
  const detail =
    selected === undefined ? null : (
      <CrossSectionDetail
        view={selected}
        assessment={assessment}
        rollUp={rollUp}
        bands={gapBands}
        text={text}
        locale={locale}
        headingLevel={headingLevel}
        onBack={back}
        focusHeading={openedByReader}
      />
    );

  return (
    <div className="ck-capacity__widget" dir={dir} ref={rootRef}>
      <ChartFigure
        {...frame}
        summary={
          <>
            <p>{summary}</p>
            <p className="ck-capacity__conducted">{conducted}</p>
          </>
        }
        chart={
          detail ?? (
            <CapacityMatrix
              title={title}
              views={views}
              rollUp={rollUp}
              range={range}
              text={text}
              active={active}
              onActiveChange={(position, focus) => {
                if (position.row === active.row && position.column === active.column) return;
                setActive(position);
                if (focus) focusTabStop();
              }}
              onOpen={open}
              containerRef={containerRef}
              rtl={dir === 'rtl'}
            />
          )
        }
        table={
          detail ?? (
            <>
              <CapacityTable title={title} views={views} text={text} onOpen={open} />
              <MarginsTable rollUp={rollUp} span={span} bands={gapBands} text={text} />
            </>
          )
        }
      />
    </div>
  );
}
