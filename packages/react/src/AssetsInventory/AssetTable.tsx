import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { AssetDetails } from './AssetDetails.js';
import type { AssetMatch } from './assetMatching.js';
import { AssetNeeds, AssetServes } from './AssetServes.js';
import type { AssetText } from './assetText.js';

/** Props of {@link AssetTable}. */
export interface AssetTableProps {
  readonly title: string;
  readonly matches: readonly AssetMatch[];
  readonly text: AssetText;
}

/**
 * The cards' table alternative: one row per asset with the same facts. Scrolls in its own
 * named region where it does not fit.
 */
export function AssetTable({ title, matches, text }: AssetTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-assets__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.assetHeading}</th>
            <th scope="col">{messages.kindHeading}</th>
            <th scope="col">{messages.competenciesLabel}</th>
            <th scope="col">{messages.detailsLabel}</th>
            <th scope="col">{messages.servesLabel}</th>
            <th scope="col">{messages.neededLabel}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((match) => {
            const name = text.localized(match.asset.name);
            return (
              <tr key={match.asset.id} data-id={match.asset.id}>
                <th scope="row">
                  <span lang={name.lang}>{name.text}</span>
                </th>
                <td>{messages.kind[match.asset.kind]}</td>
                <td>{text.competencies(match.competencyIds)}</td>
                <td>
                  <AssetDetails asset={match.asset} text={text} />
                </td>
                <td>
                  <AssetServes match={match} text={text} />
                </td>
                <td>
                  <AssetNeeds match={match} text={text} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
