import { createElement, type MouseEvent, type ReactNode } from 'react';
import type { LocalizedCount } from '../shared/localeFormat.js';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { DataImportMessages } from './messages.js';

/** What every step is given to speak: the strings, counts in the locale, and its heading level. */
export interface ImportText {
  readonly messages: DataImportMessages;
  readonly count: (value: number) => LocalizedCount;
  /** A share (0–1) as a whole percentage in the locale. */
  readonly percent: (share: number) => string;
  /** Level of each step's heading; the error summary's title is one below. */
  readonly level: HeadingLevel;
}

/** One level down, never past h6. */
export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** A step's heading: focus moves here when the step opens (`data-focus`), hence `tabIndex=-1`. */
export function StepHeading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  return (
    <Heading level={level} className="ck-data-import__heading" tabIndex={-1} data-focus="heading">
      {children}
    </Heading>
  );
}

/** A heading of the given level (h1–h6). */
export function Heading({
  level,
  children,
  ...props
}: {
  level: HeadingLevel | 1;
  children: ReactNode;
  id?: string;
  className?: string;
  tabIndex?: number;
  'data-focus'?: string;
}) {
  return createElement(headingTag(level), props, children);
}

/** One line of an error summary; with `target`, a link that moves focus to that control. */
export interface SummaryItem {
  readonly text: string;
  /** Id of the control or table the problem is in. */
  readonly target?: string | undefined;
}

/**
 * The GOV.UK error summary: a titled box at the top of the step, focused when it appears (the
 * widget looks for `data-focus="summary"` before the heading), each problem a link to where it
 * is. The links move focus themselves, since a hash change would scroll but not focus.
 */
export function ErrorSummary({
  items,
  text,
  children,
}: {
  items: readonly SummaryItem[];
  text: ImportText;
  children?: ReactNode;
}) {
  function follow(event: MouseEvent<HTMLAnchorElement>, target: string) {
    event.preventDefault();
    const element = event.currentTarget.ownerDocument.getElementById(target);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }
  return (
    <div className="ck-data-import__error-summary" tabIndex={-1} data-focus="summary">
      <div role="alert">
        <Heading level={below(text.level)} className="ck-data-import__error-summary-title">
          {text.messages.problemTitle}
        </Heading>
        {children}
        <ul className="ck-data-import__error-summary-list">
          {items.map((item, index) =>
            item.target === undefined ? (
              <li key={index}>{item.text}</li>
            ) : (
              <li key={index}>
                <a href={`#${item.target}`} onClick={(event) => follow(event, item.target ?? '')}>
                  {item.text}
                </a>
              </li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}

/** A row of buttons: the first is the step's main action. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className="ck-data-import__actions">{children}</div>;
}

/** A button of the widget; `busy` keeps it focusable but inert (no double submit). */
export function ActionButton({
  onClick,
  secondary = false,
  busy = false,
  type = 'button',
  children,
}: {
  onClick?: (() => void) | undefined;
  secondary?: boolean;
  busy?: boolean;
  type?: 'button' | 'submit';
  children: ReactNode;
}) {
  return (
    <button
      type={type}
      className={`ck-data-import__button${secondary ? ' ck-data-import__button--secondary' : ''}`}
      aria-disabled={busy || undefined}
      onClick={busy || onClick === undefined ? undefined : onClick}
    >
      {children}
    </button>
  );
}
