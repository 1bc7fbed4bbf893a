import { resolveLocalizedText } from '@capkit/model/text';
import type { Locale } from 'date-fns';
import { createElement, useId, useMemo, type ReactNode } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { numberFormats } from '../shared/localeFormat.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  headingTag,
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
} from '../shared/widgetProps.js';
import {
  currentStepOf,
  cycleProgress,
  type ActivityStatus,
  type CycleWorkspace,
  type StepStatus,
} from './cycleProgress.js';
import { currentRound, cycleMoment, type CycleStep } from './cycleRound.js';
import { CycleSteps, type CycleStepLink } from './CycleSteps.js';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { stepFacts } from './cycleText.js';
import { defaultCycleOverviewMessages, type CycleOverviewMessages } from './messages.js';

/** Props of {@link CycleOverview}. */
export interface CycleOverviewProps
  extends LocaleProps<CycleOverviewMessages>, LoadStateProps, HeadingProps {
  /** Title of the overview, its first heading. */
  readonly title: string;
  /**
   * The programme's documents: its `programme` (with the rounds) and the campaigns,
   * stakeholders, capacity assessments, assets, plans and evaluations; a whole `Workspace`
   * will do. Absent, the overview is empty.
   * @default undefined
   */
  readonly workspace?: CycleWorkspace | undefined;
  /**
   * The day (`YYYY-MM-DD`, the start of it in UTC for the campaigns' times) or the moment (an
   * ISO date-time, or a Date) the steps are judged at. The widget reads no clock.
   */
  readonly asOf: string | Date;
  /**
   * The round to show, by number.
   * @default the latest round that has started on `asOf` (the first before any has)
   */
  readonly round?: number | undefined;
  /**
   * A status per step that replaces the one derived from the workspace, e.g. when a step is
   * run outside capkit.
   * @default undefined
   */
  readonly stepStatus?: Readonly<Partial<Record<CycleStep, StepStatus>>> | undefined;
  /**
   * The step to mark as current.
   * @default the first step, in the cycle's order, that is overdue, under way or not started; else the first coming up
   */
  readonly currentStep?: CycleStep | undefined;
  /**
   * Where each engagement activity stands, by activity id (the model does not record it, as in
   * StakeholderGrid); an activity left out is `planned`, and overdue once its date has passed.
   * @default undefined
   */
  readonly activityStatus?: Readonly<Record<string, ActivityStatus>> | undefined;
  /**
   * The address of each step's page in the app; a step without one is not a link.
   * @default undefined
   */
  readonly hrefFor?: ((step: CycleStep) => string | undefined) | undefined;
  /**
   * Draws each step's link, for a router's link component; it is given the step, `hrefFor`'s
   * address, `aria-current` and a class name to pass on.
   * @default an `<a>` when `hrefFor` gives an address
   */
  readonly renderLink?: ((link: CycleStepLink) => ReactNode) | undefined;
  /**
   * date-fns locale for the dates shown.
   * @default date-fns' English (en-US)
   */
  readonly dateLocale?: Locale | undefined;
}

/**
 * Where a programme stands in the five-step capacity-development cycle in its current round:
 * a sentence on the current step first ("Round 1, step 4 of 5 (capacity-development
 * response): 3 interventions are overdue."), then the steps as an ordered list, each with its
 * status in words and as a shape, what is done, due and overdue on `asOf`, its dates, and a
 * link to its page in the app.
 */
export function CycleOverview({
  title,
  workspace,
  asOf,
  round: roundNumber,
  stepStatus,
  currentStep,
  activityStatus,
  hrefFor,
  renderLink,
  dateLocale,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: CycleOverviewProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('CycleOverview', defaultCycleOverviewMessages, messageOverrides);
  const titleId = useId();
  // A Date is a new object each render: key the memo on its instant.
  const asOfKey = typeof asOf === 'string' ? asOf : asOf.getTime();
  const moment = useMemo(
    () => cycleMoment(typeof asOfKey === 'string' ? asOfKey : new Date(asOfKey)),
    [asOfKey],
  );

  const view = useMemo(() => {
    if (workspace === undefined || moment === undefined) return undefined;
    const rounds = workspace.programme.rounds;
    const round =
      roundNumber === undefined
        ? currentRound(rounds, moment.day)
        : rounds.find((candidate) => candidate.number === roundNumber);
    const number = roundNumber ?? round?.number;
    if (number === undefined) return undefined;
    const steps = cycleProgress(workspace, number, moment, { activityStatus, stepStatus });
    return { round, number, steps, day: moment.day };
  }, [workspace, moment, roundNumber, activityStatus, stepStatus]);

  const empty = view === undefined;
  const effectiveStatus =
    status === 'ready' && moment === undefined && workspace !== undefined ? 'error' : status;
  const rootProps = {
    className: ['ck-cycle-overview', className].filter(Boolean).join(' '),
    dir,
    'data-state': widgetState(effectiveStatus, empty),
    'aria-labelledby': titleId,
  };
  const heading = createElement(
    headingTag(headingLevel),
    { id: titleId, className: 'ck-cycle-overview__title' },
    title,
  );

  if (effectiveStatus !== 'ready' || view === undefined) {
    return (
      <section {...rootProps} aria-busy={effectiveStatus === 'loading' ? true : undefined}>
        {heading}
        <WidgetStatus
          status={effectiveStatus}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      </section>
    );
  }

  const count = (value: number) => numberFormats(locale).count.format(value);
  const facts = view.steps.map((progress) => stepFacts(progress, locale, dateLocale));
  const current =
    currentStep === undefined
      ? currentStepOf(view.steps)
      : view.steps.find((progress) => progress.step === currentStep);
  const currentFacts = current === undefined ? undefined : facts[current.position - 1];
  const roundText = count(view.number);
  const summary =
    current === undefined || currentFacts === undefined
      ? messages.allDone(roundText)
      : messages.summary({
          round: roundText,
          position: count(current.position),
          steps: count(view.steps.length),
          stepName: messages.stepName[current.step],
          finding: messages.finding(currentFacts),
        });
  const { round } = view;
  // In its own element, so that it carries its language (WCAG 3.1.2) when not the reader's.
  const roundTitle =
    round?.title === undefined ? undefined : resolveLocalizedText(round.title, [locale]);

  return (
    <section {...rootProps} data-current-step={current?.step}>
      {heading}
      <p className="ck-summary">{summary}</p>
      <p className="ck-cycle-overview__round">
        {messages.roundLabel({
          round: roundText,
          from: round === undefined ? undefined : formatCalendarDay(round.startsOn, dateLocale),
          to: round?.endsOn === undefined ? undefined : formatCalendarDay(round.endsOn, dateLocale),
        })}
        {roundTitle !== undefined && (
          <>
            <br />
            <span lang={roundTitle.lang}>{roundTitle.text}</span>
          </>
        )}
        <br />
        {messages.asOf(formatCalendarDay(view.day, dateLocale))}
      </p>
      <CycleSteps
        steps={view.steps}
        facts={facts}
        current={current?.step}
        hrefFor={hrefFor}
        renderLink={renderLink}
        headingLevel={headingLevel}
        count={count}
        messages={messages}
      />
    </section>
  );
}
