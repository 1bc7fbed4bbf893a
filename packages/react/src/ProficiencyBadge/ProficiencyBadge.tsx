import { resolveLocalizedText, type ProficiencyScale } from '@capkit/model';
import { proficiencyLevelFor } from '@capkit/scoring';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { defaultProficiencyBadgeMessages, type ProficiencyBadgeMessages } from './messages.js';

/** Props of {@link ProficiencyBadge}. */
export interface ProficiencyBadgeProps {
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
  readonly missingReason?: string;
  /**
   * Show the level's short code (e.g. "L3") before its name, when the scale gives one.
   * @default false
   */
  readonly showCode?: boolean;
  /**
   * Add a "Proficient" marker when the level is at or above the scale's `proficientLevel`.
   * @default false
   */
  readonly markProficient?: boolean;
  /**
   * BCP 47 locale the level name is picked in.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction of the badge; it is isolated from the surrounding text either way.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys fall back to the provider's, then English.
   * @default {}
   */
  readonly messages?: Partial<ProficiencyBadgeMessages>;
  /**
   * Extra class name on the badge.
   * @default undefined
   */
  readonly className?: string;
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
 * nothing depends on seeing the colour. State: `data-level`, `data-step`, `data-proficient`.
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
  const classes = ['ck-badge', className].filter(Boolean).join(' ');

  // Missing is never a level: NaN or an infinite score reads "No score", like null.
  const reached = level === null ? null : proficiencyLevelFor(level, scale);
  if (reached === null) {
    return (
      <span
        className={classes}
        dir={dir}
        data-level="none"
        data-step="none"
        data-proficient="false"
      >
        <span className="ck-badge__name">
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
      data-proficient={proficient}
    >
      {showCode && reached.code !== undefined && (
        <>
          <span className="ck-badge__code">{reached.code}</span>{' '}
        </>
      )}
      <span className="ck-badge__name" lang={name.lang}>
        {name.text}
      </span>
      {markProficient && proficient && (
        <>
          {' '}
          <span className="ck-badge__proficient">
            <svg
              className="ck-badge__tick"
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
