import { resolveLocalizedText, type ProficiencyScale } from '@capkit/model';
import { useId } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ProficiencyBadge } from '../ProficiencyBadge/index.js';
import { defaultScaleLegendMessages, type ScaleLegendMessages } from './messages.js';

/** Props of {@link ScaleLegend}. */
export interface ScaleLegendProps {
  /** The proficiency scale to explain, lowest level first. */
  readonly scale: ProficiencyScale;
  /**
   * Title above the levels.
   * @default the scale's own label, in the reader's language
   */
  readonly title?: string;
  /**
   * Render the title as a heading of this level, to fit the page's outline; otherwise a paragraph.
   * @default undefined
   */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Show each level's short code (e.g. "L3") in its badge, when the scale gives one.
   * @default true
   */
  readonly showCodes?: boolean;
  /**
   * BCP 47 locale the level names and descriptors are picked in.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string;
  /**
   * Text direction of the legend.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Replacement strings, e.g. a translation; missing keys fall back to the provider's, then English.
   * @default {}
   */
  readonly messages?: Partial<ScaleLegendMessages>;
  /**
   * Extra class name on the legend.
   * @default undefined
   */
  readonly className?: string;
}

/**
 * A proficiency scale's levels in order, each with its badge, name and descriptor, as a
 * description list; the proficient threshold is written out beside its level. State:
 * `data-proficient` and `data-threshold` on each level.
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
              data-proficient={level.value >= scale.proficientLevel}
              data-threshold={threshold}
            >
              <dt className="ck-scale-legend__name">
                <ProficiencyBadge
                  scale={scale}
                  level={level.value}
                  showCode={showCodes}
                  markProficient
                  locale={locale}
                  dir={dir}
                  {...(messages.proficient === undefined
                    ? {}
                    : { messages: { proficient: messages.proficient } })}
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
