import type { ResolvedText } from '@capkit/model';
import type { CSSProperties } from 'react';

/** One point of the rating scale, resolved for the reader's language. */
export interface ScalePoint {
  /** The rating the point stands for. */
  readonly value: number;
  /** The value as the locale writes it. */
  readonly valueText: string;
  /** Label of the point from the instrument's rating scale, e.g. "Not at all". */
  readonly label?: ResolvedText;
  /** Level descriptor shown as the option's hint, e.g. what a practitioner can do. */
  readonly descriptor?: ResolvedText;
}

/** Props of {@link ScaleRadios}. */
export interface ScaleRadiosProps {
  /** `name` shared by the radios of the group. */
  readonly name: string;
  /** Prefix of the radios' ids: `${idPrefix}-${value}`, and `${idPrefix}-na`. */
  readonly idPrefix: string;
  /** The points of the scale, lowest first. */
  readonly points: readonly ScalePoint[];
  /** The selected rating, or `null`. */
  readonly selected: number | null;
  /** Called with the rating the respondent picked. */
  readonly onSelect: (value: number) => void;
  /** A "not applicable" radio after an "or" divider, in the same group. */
  readonly notApplicable?:
    | {
        readonly label: string;
        readonly divider: string;
        readonly selected: boolean;
        readonly onSelect: () => void;
      }
    | undefined;
}

/** Id of the radio for `value` in the group with `idPrefix`. */
export function radioId(idPrefix: string, value: number | 'na'): string {
  return `${idPrefix}-${value}`;
}

/**
 * One radio group's options: a native radio per scale point (arrow keys move within the group,
 * Space selects), its label, and its level descriptor as a hint linked by `aria-describedby`.
 * Each option is a real `<input type="radio">` followed by its `<label>`, both with classes, so
 * a theme can draw the radio as GOV.UK Frontend does. The points sit in one row where they all
 * fit and one per line where they do not, never wrapped part-way (2 + 2 + 1): CSS compares the
 * row's width with `--ck-scale-points` options of `--ck-scale-option-width` each.
 */
export function ScaleRadios({
  name,
  idPrefix,
  points,
  selected,
  onSelect,
  notApplicable,
}: ScaleRadiosProps) {
  return (
    <div className="ck-assessment-form__radios">
      <div
        className={
          // Options with descriptors stack, as GOV.UK radios with hints do; bare points share a row.
          points.some((point) => point.descriptor !== undefined)
            ? 'ck-assessment-form__scale ck-assessment-form__scale--stacked'
            : 'ck-assessment-form__scale'
        }
        style={{ '--ck-scale-points': points.length } as CSSProperties}
      >
        {points.map((point) => {
          const id = radioId(idPrefix, point.value);
          const hintId = `${id}-hint`;
          return (
            <div key={point.value} className="ck-assessment-form__radio">
              <input
                className="ck-assessment-form__radio-input"
                type="radio"
                id={id}
                name={name}
                value={point.value}
                checked={selected === point.value}
                onChange={() => onSelect(point.value)}
                aria-describedby={point.descriptor === undefined ? undefined : hintId}
              />
              <label className="ck-assessment-form__radio-label" htmlFor={id}>
                <span className="ck-assessment-form__point-value">{point.valueText}</span>
                {point.label !== undefined && (
                  <span className="ck-assessment-form__point-label" lang={point.label.lang}>
                    {point.label.text}
                  </span>
                )}
              </label>
              {point.descriptor !== undefined && (
                <div
                  id={hintId}
                  className="ck-assessment-form__radio-hint"
                  lang={point.descriptor.lang}
                >
                  {point.descriptor.text}
                </div>
              )}
            </div>
          );
        })}
      </div>
      {notApplicable !== undefined && (
        <>
          <div className="ck-assessment-form__divider">{notApplicable.divider}</div>
          <div className="ck-assessment-form__radio">
            <input
              className="ck-assessment-form__radio-input"
              type="radio"
              id={radioId(idPrefix, 'na')}
              name={name}
              value="na"
              checked={notApplicable.selected}
              onChange={notApplicable.onSelect}
            />
            <label className="ck-assessment-form__radio-label" htmlFor={radioId(idPrefix, 'na')}>
              {notApplicable.label}
            </label>
          </div>
        </>
      )}
    </div>
  );
}
