import { resolveLocalizedText, type ProficiencyScale } from '@capkit/model';
import type { FrameworkAreaNode, FrameworkCompetencyNode } from './frameworkTree.js';
import type { FrameworkBrowserMessages } from './messages.js';
import { langIfDifferent } from './textLanguage.js';

/** Heading levels the details panel can start at; its level list is one deeper. */
export type DetailsHeadingLevel = 2 | 3 | 4 | 5;

const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

/** Props of {@link CompetencyDetails}. */
export interface CompetencyDetailsProps {
  /** The selected competency, or `undefined` when none is. */
  readonly node: FrameworkCompetencyNode | undefined;
  /** The area the competency sits in, if any. */
  readonly area: FrameworkAreaNode | undefined;
  /** The framework's scales; the competency's own is looked up by id. */
  readonly scales: readonly ProficiencyScale[];
  /** Level of the panel's heading. */
  readonly headingLevel: DetailsHeadingLevel;
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
  const Heading = headingTags[headingLevel];
  const SubHeading = headingTags[(headingLevel + 1) as 3 | 4 | 5 | 6];
  const lang = (textLanguage: string) => langIfDifferent(textLanguage, locale);

  if (node === undefined) {
    return (
      <section
        className="ck-framework-browser__details"
        aria-labelledby={headingId}
        data-state="empty"
      >
        <Heading id={headingId} className="ck-framework-browser__details-heading">
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
      <Heading id={headingId} className="ck-framework-browser__details-heading">
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
          <SubHeading className="ck-framework-browser__levels-heading">
            {messages.proficiencyLevels}
          </SubHeading>
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
