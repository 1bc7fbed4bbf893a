import type { Stakeholder } from '@capkit/model';
import { createElement, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import {
  engagementStrategies,
  placeStakeholders,
  stepForKey,
  type GridStep,
} from './stakeholderPlacement.js';
import type { StakeholderText } from './stakeholderText.js';

/** Props of {@link GridChart}. */
export interface GridChartProps {
  readonly stakeholders: readonly Stakeholder[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onStep: (stakeholder: Stakeholder, step: GridStep) => void;
  /** The last move's announcement, for the polite live region. */
  readonly announcement: string;
  readonly rtl: boolean;
  readonly locale: string;
  /** Level of the quadrants' headings. */
  readonly headingLevel: HeadingLevel;
  readonly text: StakeholderText;
}

const steps: readonly GridStep[] = ['morePower', 'lessPower', 'lessInterest', 'moreInterest'];

/**
 * The power/interest grid: four quadrants (power up, interest along the reading direction),
 * each naming its strategy and listing its stakeholders as toggle buttons. A selected
 * stakeholder moves one step per arrow key, or per button; each move is announced politely.
 */
export function GridChart({
  stakeholders,
  selectedId,
  onSelect,
  onStep,
  announcement,
  rtl,
  locale,
  headingLevel,
  text,
}: GridChartProps) {
  const { messages } = text;
  const id = useId();
  const placed = placeStakeholders(stakeholders);
  const selected = stakeholders.find((stakeholder) => stakeholder.id === selectedId);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // A moved stakeholder may change quadrant (and its button element): keep focus on it.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (pending === null) return;
    focusAfterMove.current = null;
    const button = buttons.current.get(pending);
    if (button !== undefined && button !== document.activeElement) button.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, stakeholder: Stakeholder) {
    if (event.key === 'Escape' && stakeholder.id === selectedId) {
      event.preventDefault();
      onSelect(null);
      return;
    }
    const step = stepForKey(event.key, rtl);
    if (step === undefined || stakeholder.id !== selectedId) return;
    event.preventDefault();
    focusAfterMove.current = stakeholder.id;
    onStep(stakeholder, step);
  }

  return (
    <div className="ck-stakeholder-grid__chart">
      <p id={`${id}-hint`} className="ck-stakeholder-grid__hint">
        {messages.moveHint}
      </p>
      <div className="ck-stakeholder-grid__plane">
        <span className="ck-stakeholder-grid__axis" data-axis="power" aria-hidden="true">
          {messages.powerAxis} ↑
        </span>
        <div className="ck-stakeholder-grid__quadrants">
          {engagementStrategies.map((strategy) => {
            const members = placed[strategy];
            const headingId = `${id}-${strategy}`;
            return (
              <section
                key={strategy}
                className="ck-stakeholder-grid__quadrant"
                data-strategy={strategy}
                aria-labelledby={headingId}
              >
                {createElement(
                  headingTag(headingLevel),
                  { id: headingId, className: 'ck-stakeholder-grid__quadrant-name' },
                  messages.strategy[strategy],
                  ' ',
                  <span key="count" className="ck-stakeholder-grid__quadrant-count">
                    ({messages.quadrantCount(localizedCount(locale, members.length))})
                  </span>,
                )}
                <p className="ck-stakeholder-grid__quadrant-hint">
                  {messages.strategyHint[strategy]}
                </p>
                {members.length > 0 && (
                  <ul className="ck-stakeholder-grid__members" aria-labelledby={headingId}>
                    {members.map((stakeholder) => {
                      const name = text.name(stakeholder);
                      return (
                        <li key={stakeholder.id}>
                          <button
                            type="button"
                            ref={(element) => {
                              if (element === null) buttons.current.delete(stakeholder.id);
                              else buttons.current.set(stakeholder.id, element);
                            }}
                            className="ck-stakeholder-grid__member"
                            data-id={stakeholder.id}
                            aria-pressed={stakeholder.id === selectedId}
                            aria-describedby={`${id}-hint`}
                            onClick={() =>
                              onSelect(stakeholder.id === selectedId ? null : stakeholder.id)
                            }
                            onKeyDown={(event) => onKeyDown(event, stakeholder)}
                          >
                            <span lang={name.lang}>{name.text}</span>
                            <span className="ck-stakeholder-grid__position">
                              {messages.position(
                                text.count(stakeholder.power),
                                text.count(stakeholder.interest),
                              )}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
        <span className="ck-stakeholder-grid__axis" data-axis="interest" aria-hidden="true">
          {messages.interestAxis} {rtl ? '←' : '→'}
        </span>
      </div>
      {selected !== undefined && (
        <div
          className="ck-stakeholder-grid__move"
          role="group"
          aria-label={messages.moveHeading(text.name(selected).text)}
        >
          <p className="ck-stakeholder-grid__move-title">
            {messages.moveHeading(text.name(selected).text)}
          </p>
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className="ck-stakeholder-grid__move-button"
              data-step={step}
              onClick={() => onStep(selected, step)}
            >
              {messages[step]}
            </button>
          ))}
          <button
            type="button"
            className="ck-stakeholder-grid__move-button"
            onClick={() => {
              focusAfterMove.current = selected.id;
              onSelect(null);
            }}
          >
            {messages.deselect}
          </button>
        </div>
      )}
      <p className="ck-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
