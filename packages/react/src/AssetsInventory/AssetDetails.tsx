import type { CapacityAsset } from '@capkit/model';
import { useId, useState } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import type { AssetText } from './assetText.js';

/** Props of {@link AssetDetails}. */
export interface AssetDetailsProps {
  readonly asset: CapacityAsset;
  readonly text: AssetText;
}

/**
 * What only this kind of asset has: its people (by pseudonymous id, a name beside it only when
 * the app passed personal data), its places a year, its community and members, its capability
 * centres, or its format, languages and link. Shared by the cards and the table.
 */
export function AssetDetails({ asset, text }: AssetDetailsProps) {
  const { messages, locale } = text;
  switch (asset.kind) {
    case 'trainedPeople':
      return <PeopleList personIds={asset.personIds} text={text} />;
    case 'trainingInstitution':
      return asset.seatsPerYear === undefined
        ? null
        : messages.seatsPerYear(localizedCount(locale, asset.seatsPerYear));
    case 'communityOfPractice': {
      const community = text.community(asset.communityId);
      if (community === undefined) return <code>{asset.communityId}</code>;
      const name = text.localized(community.name);
      return messages.members(name.text, localizedCount(locale, community.memberIds.length));
    }
    case 'centreOfExcellence':
      return (
        <>
          {messages.capabilityCentres}
          <ul className="ck-assets__centres">
            {asset.capabilityCentres.map((centre) => {
              const name = text.localized(centre.name);
              return (
                <li key={centre.id}>
                  <span lang={name.lang}>{name.text}</span>
                  {centre.competencyIds.length > 0 &&
                    ` (${text.competencies(centre.competencyIds)})`}
                </li>
              );
            })}
          </ul>
        </>
      );
    case 'learningMaterial': {
      const name = text.localized(asset.name);
      return (
        <>
          {messages.material(
            messages.format[asset.format],
            text.list(asset.languages.map(text.language)),
          )}
          {asset.url !== undefined && (
            <>
              {' '}
              <a href={asset.url}>{messages.openMaterial(name.text)}</a>
            </>
          )}
        </>
      );
    }
    default:
      return asset satisfies never;
  }
}

/**
 * A trained-people asset's people, folded behind their count (the list can be long): a button
 * that says whether it is open, so Enter or Space opens it. Each person by pseudonymous id; a
 * name beside it only when the app passed personal data.
 */
function PeopleList({ personIds, text }: { personIds: readonly string[]; text: AssetText }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="ck-assets__people">
      <button
        type="button"
        className="ck-assets__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {text.messages.people(localizedCount(text.locale, personIds.length))}
      </button>
      <ul id={id} hidden={!open}>
        {personIds.map((personId) => {
          const name = text.personName(personId);
          return (
            <li key={personId} data-person-id={personId}>
              {name === undefined ? (
                <code>{personId}</code>
              ) : (
                <>
                  {name} <code>{personId}</code>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
