import { createElement, useId } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import { AssetDetails } from './AssetDetails.js';
import type { AssetMatch } from './assetMatching.js';
import { AssetNeeds, AssetServes } from './AssetServes.js';
import type { AssetText } from './assetText.js';

/** Props of {@link AssetCards}. */
export interface AssetCardsProps {
  readonly matches: readonly AssetMatch[];
  /** Level of each card's name. */
  readonly headingLevel: HeadingLevel;
  readonly text: AssetText;
}

/**
 * One card per asset, in a list: its name and kind, the competencies it builds, what only its
 * kind has, the plan's interventions it serves and the needed competencies it covers. Nothing
 * to drag or hover: every fact is text in the card.
 */
export function AssetCards({ matches, headingLevel, text }: AssetCardsProps) {
  const { messages } = text;
  const id = useId();
  return (
    <ul className="ck-assets__cards">
      {matches.map((match) => {
        const { asset } = match;
        const name = text.localized(asset.name);
        const nameId = `${id}-${asset.id}`;
        const details = <AssetDetails asset={asset} text={text} />;
        return (
          <li key={asset.id}>
            <article
              className="ck-assets__card"
              data-id={asset.id}
              data-kind={asset.kind}
              aria-labelledby={nameId}
            >
              {createElement(
                headingTag(headingLevel),
                { id: nameId, className: 'ck-assets__name' },
                <span lang={name.lang}>{name.text}</span>,
              )}
              <p className="ck-assets__kind">{messages.kind[asset.kind]}</p>
              <dl className="ck-assets__facts">
                <div>
                  <dt>{messages.competenciesLabel}</dt>
                  <dd>{text.competencies(match.competencyIds)}</dd>
                </div>
                {(asset.kind !== 'trainingInstitution' || asset.seatsPerYear !== undefined) && (
                  <div>
                    <dt>{messages.detailsLabel}</dt>
                    <dd>{details}</dd>
                  </div>
                )}
                <div>
                  <dt>{messages.servesLabel}</dt>
                  <dd>
                    <AssetServes match={match} text={text} />
                  </dd>
                </div>
                <div>
                  <dt>{messages.neededLabel}</dt>
                  <dd>
                    <AssetNeeds match={match} text={text} />
                  </dd>
                </div>
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
