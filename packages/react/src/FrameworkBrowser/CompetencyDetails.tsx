import { createElement, type HTMLAttributes } from 'react';
import type { ProficiencyScale } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { FrameworkAreaNode, FrameworkCompetencyNode } from './frameworkTree.js';
import type { FrameworkBrowserMessages } from './messages.js';
import { langIfDifferent } from './textLanguage.js';

/** A heading of the given level. */
function Heading({
  level,
  ...props
}: { readonly level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(headingTag(level), props);
}

/** Props of {@link CompetencyDetails}. */
export interface CompetencyDetailsProps {
  /** The selected competency, or `undefined` when none is. */
  readonly node: FrameworkCompetencyNode | undefined;
  /** The area the competency sits in, if any. */
  readonly area: FrameworkAreaNode | undefined;
  /** The framework's scales; the competency's own is looked up by id. */
  readonly scales: readonly ProficiencyScale[];
  /** Level of the panel's heading; its level list is one deeper (h6 stays h6). */
  readonly headingLevel: HeadingLevel;
  /** The reader's locale. */
  readonly locale: string;
  /** The widget's strings. */
  readonly messages: FrameworkBrowserMessages;
  /** Id of the panel's heading, which names the panel. */
  readonly headingId: string;
}

/** The details panel: the selected competency's statement and its scale's levels. */
export function CompetencyDetails({
  node,
  area,
  scales,
  headingLevel,
  locale,
  messages,
  headingId,
}: CompetencyDetailsProps) {
  const subLevel: HeadingLevel = headingLevel === 6 ? 6 : ((headingLevel + 1) as HeadingLevel);
  const lang = (textLanguage: string) => langIfDifferent(textLanguage, locale);

  if (node === undefined) {
    return (
      <section
        className="ck-framework-browser__details"
        aria-labelledby={headingId}
        data-state="empty"
      >
        <Heading
          level={headingLevel}
          id={headingId}
          className="ck-framework-browser__details-heading"
        >
          {messages.detailsHeading}
        </Heading>
        <p className="ck-framework-browser__hint">{messages.noSelection}</p>
      </section>
    );
  }

  const scale = scales.find((candidate) => candidate.id === node.competency.scaleId);
  const scaleName = scale === undefined ? undefined : resolveLocalizedText(scale.label, [locale]);
  return (
    <section
      className="ck-framework-browser__details"
      aria-labelledby={headingId}
      data-state="selected"
      data-competency-id={node.id}
    >
      <Heading
        level={headingLevel}
        id={headingId}
        className="ck-framework-browser__details-heading"
      >
        <span className="ck-framework-browser__code">{node.code}</span>{' '}
        <span lang={lang(node.label.lang)}>{node.label.text}</span>
      </Heading>
      <p className="ck-framework-browser__statement" lang={lang(node.statement.lang)}>
        {node.statement.text}
      </p>
      <dl className="ck-framework-browser__facts">
        {area !== undefined && (
          <div>
            <dt>{messages.area}</dt>
            <dd>
              <span className="ck-framework-browser__code">{area.code}</span>{' '}
              <span lang={lang(area.label.lang)}>{area.label.text}</span>
            </dd>
          </div>
        )}
        {scaleName !== undefined && (
          <div>
            <dt>{messages.scale}</dt>
            <dd lang={lang(scaleName.lang)}>{scaleName.text}</dd>
          </div>
        )}
      </dl>
      {scale === undefined ? (
        <p className="ck-framework-browser__hint">{messages.unknownScale}</p>
      ) : (
        <>
          <Heading level={subLevel} className="ck-framework-browser__levels-heading">
            {messages.proficiencyLevels}
          </Heading>
          <ol className="ck-framework-browser__levels">
            {scale.levels.map((level) => {
              const name = resolveLocalizedText(level.label, [locale]);
              const descriptor =
                level.descriptor === undefined
                  ? undefined
                  : resolveLocalizedText(level.descriptor, [locale]);
              const threshold = level.value === scale.proficientLevel;
              return (
                <li
                  key={level.value}
                  className="ck-framework-browser__level"
                  data-value={level.value}
                  data-proficient-threshold={threshold ? '' : undefined}
                  data-proficient={level.value >= scale.proficientLevel ? '' : undefined}
                >
                  <span className="ck-framework-browser__level-name">
                    <span className="ck-framework-browser__code">
                      {level.code ?? messages.levelNumber(level.value)}
                    </span>{' '}
                    <span lang={lang(name.lang)}>{name.text}</span>
                  </span>
                  {threshold && (
                    <strong className="ck-framework-browser__threshold">
                      {messages.proficientThreshold}
                    </strong>
                  )}
                  {descriptor !== undefined && (
                    <p className="ck-framework-browser__descriptor" lang={lang(descriptor.lang)}>
                      {descriptor.text}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
