import type { ProficiencyScale } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { useId } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ProficiencyBadge } from '../ProficiencyBadge/index.js';
import type { HeadingLevel, LocaleProps } from '../shared/widgetProps.js';
import { defaultScaleLegendMessages, type ScaleLegendMessages } from './messages.js';

/** Props of {@link ScaleLegend}. */
export interface ScaleLegendProps extends LocaleProps<ScaleLegendMessages> {
  /** The proficiency scale to explain, lowest level first. */
  readonly scale: ProficiencyScale;
  /**
   * Title above the levels.
   * @default the scale's own label, in the reader's language
   */
  readonly title?: string | undefined;
  /**
   * Render the title as a heading of this level, to fit the page's outline; otherwise a paragraph.
   * @default undefined
   */
  readonly headingLevel?: HeadingLevel | undefined;
  /**
   * Show each level's short code (e.g. "L3") in its badge, when the scale gives one.
   * @default true
   */
  readonly showCodes?: boolean | undefined;
}

/**
 * A proficiency scale's levels in order, each with its badge, name and descriptor, as a
 * description list; the proficient threshold is written out beside its level. State:
 * `data-state` on each level: `not-proficient`, `threshold` (the proficient level itself) or
 * `proficient` (above it).
 */
export function ScaleLegend({
  scale,
  title,
  headingLevel,
  showCodes = true,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: ScaleLegendProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('ScaleLegend', defaultScaleLegendMessages, messageOverrides);
  const scaleName = resolveLocalizedText(scale.label, [locale]);
  const Title = headingLevel === undefined ? 'p' : (`h${headingLevel}` as const);

  return (
    <div
      className={['ck-scale-legend', className].filter(Boolean).join(' ')}
      dir={dir}
      role="group"
      aria-labelledby={titleId}
    >
      <Title
        id={titleId}
        className="ck-scale-legend__title"
        lang={title === undefined ? scaleName.lang : undefined}
      >
        {title ?? scaleName.text}
      </Title>
      <dl className="ck-scale-legend__levels">
        {scale.levels.map((level) => {
          const descriptor =
            level.descriptor === undefined
              ? undefined
              : resolveLocalizedText(level.descriptor, [locale]);
          const threshold = level.value === scale.proficientLevel;
          return (
            <div
              key={level.value}
              className="ck-scale-legend__level"
              data-state={
                threshold
                  ? 'threshold'
                  : level.value > scale.proficientLevel
                    ? 'proficient'
                    : 'not-proficient'
              }
            >
              <dt className="ck-scale-legend__name">
                <ProficiencyBadge
                  scale={scale}
                  level={level.value}
                  showCode={showCodes}
                  markProficient
                  locale={locale}
                  dir={dir}
                  messages={
                    messages.proficient === undefined
                      ? undefined
                      : { proficient: messages.proficient }
                  }
                />
              </dt>
              <dd className="ck-scale-legend__descriptor">
                {descriptor !== undefined && <span lang={descriptor.lang}>{descriptor.text}</span>}
                {threshold && (
                  <strong className="ck-scale-legend__threshold">
                    {messages.proficientThreshold}
                  </strong>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
