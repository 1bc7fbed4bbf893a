import type { ProficiencyScale } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { proficiencyLevelFor } from '@capkit/scoring';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import type { LocaleProps } from '../shared/widgetProps.js';
import { defaultProficiencyBadgeMessages, type ProficiencyBadgeMessages } from './messages.js';

/** Props of {@link ProficiencyBadge}. */
export interface ProficiencyBadgeProps extends LocaleProps<ProficiencyBadgeMessages> {
  /** The proficiency scale the level belongs to. */
  readonly scale: ProficiencyScale;
  /**
   * The level's `value` on the scale. A score between levels shows the level it has reached
   * (rounded down, as `proficiencyLevelFor` does). A missing score — `null`, `NaN` or
   * ±`Infinity` — shows "No score" with its reason, never a level.
   */
  readonly level: number | null;
  /**
   * Why the score is missing, in the reader's language (e.g. "fewer than 5 respondents"); shown
   * after "No score". Ignored when there is a score.
   * @default the `missingReason` message: "not enough answers"
   */
  readonly missingReason?: string | undefined;
  /**
   * Show the level's short code (e.g. "L3") before its name, when the scale gives one.
   * @default false
   */
  readonly showCode?: boolean | undefined;
  /**
   * Add a "Proficient" marker when the level is at or above the scale's `proficientLevel`.
   * @default false
   */
  readonly markProficient?: boolean | undefined;
}

/** Number of colour steps in the `--ck-color-level-*` ramp; any scale length maps onto it. */
const rampSteps = 5;

/** Which step of the colour ramp the level at `index` of `count` levels takes. */
function rampStep(index: number, count: number): number {
  return count <= 1 ? 1 : Math.round((index / (count - 1)) * (rampSteps - 1)) + 1;
}

/**
 * A small inline badge naming a level of a proficiency scale in the reader's language. Its
 * colour comes from the `--ck-color-level-1…5` ramp but the level is always written out, so
 * nothing depends on seeing the colour. State: `data-state` (`proficient`, `not-proficient`, `no-score`); with a level,
 * `data-level` (its value) and `data-step` (its colour step).
 */
export function ProficiencyBadge({
  scale,
  level,
  showCode = false,
  markProficient = false,
  missingReason,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: ProficiencyBadgeProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'ProficiencyBadge',
    defaultProficiencyBadgeMessages,
    messageOverrides,
  );
  const classes = ['ck-proficiency-badge', className].filter(Boolean).join(' ');

  // Missing is never a level: NaN or an infinite score reads "No score", like null.
  const reached = level === null ? null : proficiencyLevelFor(level, scale);
  if (reached === null) {
    return (
      <span className={classes} dir={dir} data-state="no-score">
        <span className="ck-proficiency-badge__name">
          {messages.noScoreWithReason(missingReason ?? messages.missingReason)}
        </span>
      </span>
    );
  }

  const name = resolveLocalizedText(reached.label, [locale]);
  const proficient = reached.value >= scale.proficientLevel;
  const step = rampStep(scale.levels.indexOf(reached), scale.levels.length);

  return (
    <span
      className={classes}
      dir={dir}
      data-level={reached.value}
      data-step={step}
      data-state={proficient ? 'proficient' : 'not-proficient'}
    >
      {showCode && reached.code !== undefined && (
        <>
          <span className="ck-proficiency-badge__code">{reached.code}</span>{' '}
        </>
      )}
      <span className="ck-proficiency-badge__name" lang={name.lang}>
        {name.text}
      </span>
      {markProficient && proficient && (
        <>
          {' '}
          <span className="ck-proficiency-badge__proficient">
            <svg
              className="ck-proficiency-badge__tick"
              viewBox="0 0 16 16"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M2 8.5 6 12.5 14 3.5" />
            </svg>
            {messages.proficient}
          </span>
        </>
      )}
    </span>
  );
}
