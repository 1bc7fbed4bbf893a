import { createElement, type ReactNode } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { StepProgress, StepStatus } from './cycleProgress.js';
import type { CycleStep } from './cycleRound.js';
import type { CycleOverviewMessages, StepFacts } from './messages.js';

/** What the app's `renderLink` is given to draw one step's link (a router link, say). */
export interface CycleStepLink {
  readonly step: CycleStep;
  /** From `hrefFor`, when the app passes it. */
  readonly href: string | undefined;
  /** `'step'` on the current step's link, to pass on to the anchor. */
  readonly 'aria-current': 'step' | undefined;
  readonly className: string;
  /** The step's name. */
  readonly children: ReactNode;
}

// A shape per status besides its colour and its word, so that no one needs colour to tell them.
const glyph: Readonly<Record<StepStatus, string>> = {
  done: '✓',
  overdue: '!',
  due: '●',
  upcoming: '○',
  notStarted: '–',
};

/** Props of {@link CycleSteps}. */
export interface CycleStepsProps {
  readonly steps: readonly StepProgress[];
  readonly facts: readonly StepFacts[];
  readonly current: CycleStep | undefined;
  readonly hrefFor: ((step: CycleStep) => string | undefined) | undefined;
  readonly renderLink: ((link: CycleStepLink) => ReactNode) | undefined;
  readonly headingLevel: HeadingLevel;
  readonly count: (value: number) => string;
  readonly messages: CycleOverviewMessages;
}

/**
 * The cycle as an ordered list, the accessible base of the overview: per step its number, its
 * name (a link when the app gives one), its status in words and as a shape, what is done, due
 * and overdue, and its dates. The current step carries `aria-current="step"`: on its link, or
 * on its list item when it has none.
 */
export function CycleSteps({
  steps,
  facts,
  current,
  hrefFor,
  renderLink,
  headingLevel,
  count,
  messages,
}: CycleStepsProps) {
  const level = Math.min(headingLevel + 1, 6) as HeadingLevel;
  return (
    <ol className="ck-cycle-overview__steps" aria-label={messages.stepsLabel}>
      {steps.map((progress, index) => {
        const { step, status } = progress;
        const fact = facts[index];
        const isCurrent = step === current;
        const ariaCurrent = isCurrent ? ('step' as const) : undefined;
        const href = hrefFor?.(step);
        const name = messages.stepName[step];
        const className = 'ck-cycle-overview__link';
        let title: ReactNode = name;
        if (renderLink !== undefined)
          title = renderLink({
            step,
            href,
            'aria-current': ariaCurrent,
            className,
            children: name,
          });
        else if (href !== undefined)
          title = (
            <a href={href} className={className} aria-current={ariaCurrent}>
              {name}
            </a>
          );
        const linked = renderLink !== undefined || href !== undefined;
        return (
          <li
            key={step}
            className="ck-cycle-overview__step"
            data-state={status}
            data-current={isCurrent ? '' : undefined}
            aria-current={linked ? undefined : ariaCurrent}
          >
            <span className="ck-cycle-overview__icon" aria-hidden="true">
              {glyph[status]}
            </span>
            <div className="ck-cycle-overview__body">
              <p className="ck-cycle-overview__number">
                {messages.stepNumber(count(progress.position), count(steps.length))}
                {isCurrent && (
                  <strong className="ck-cycle-overview__current"> {messages.currentStep}</strong>
                )}
              </p>
              {createElement(headingTag(level), { className: 'ck-cycle-overview__name' }, title)}
              <p className="ck-cycle-overview__status">
                <strong>{messages.status[status]}</strong>
                {progress.overridden && ` ${messages.statusSet}`}
              </p>
              {fact !== undefined && (
                <>
                  <p>{messages.details(fact)}</p>
                  {fact.overdueSince !== undefined && (
                    <p>{messages.overdueSince(fact.overdueSince)}</p>
                  )}
                  {fact.nextDate !== undefined && <p>{messages.nextDate(fact.nextDate)}</p>}
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
