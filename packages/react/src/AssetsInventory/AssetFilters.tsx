import { useId } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import type { AssetFilter, AssetKind } from './assetMatching.js';
import type { AssetText } from './assetText.js';

/** Props of {@link AssetFilters}. */
export interface AssetFiltersProps {
  readonly competencyIds: readonly string[];
  readonly kinds: readonly AssetKind[];
  readonly filter: AssetFilter;
  readonly onFilterChange: (filter: AssetFilter) => void;
  readonly shown: number;
  readonly total: number;
  readonly text: AssetText;
}

/**
 * Two native selects (keyboard operable as the platform makes them) and how many assets they
 * keep, in a polite status so a screen reader hears the new count after each change.
 */
export function AssetFilters({
  competencyIds,
  kinds,
  filter,
  onFilterChange,
  shown,
  total,
  text,
}: AssetFiltersProps) {
  const { messages, locale } = text;
  const id = useId();
  return (
    <fieldset className="ck-assets__filters">
      <legend className="ck-assets__legend">{messages.filtersLabel}</legend>
      <div className="ck-assets__filter">
        <label htmlFor={`${id}-competency`}>{messages.competencyFilter}</label>
        <select
          id={`${id}-competency`}
          value={filter.competencyId ?? ''}
          onChange={(event) =>
            onFilterChange({ ...filter, competencyId: event.target.value || null })
          }
        >
          <option value="">{messages.allCompetencies}</option>
          {competencyIds.map((competencyId) => (
            <option key={competencyId} value={competencyId}>
              {text.competency(competencyId)}
            </option>
          ))}
        </select>
      </div>
      <div className="ck-assets__filter">
        <label htmlFor={`${id}-kind`}>{messages.kindFilter}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind ?? ''}
          onChange={(event) =>
            onFilterChange({ ...filter, kind: (event.target.value || null) as AssetKind | null })
          }
        >
          <option value="">{messages.allKinds}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {messages.kind[kind]}
            </option>
          ))}
        </select>
      </div>
      <p className="ck-assets__count" role="status">
        {messages.shownCount(localizedCount(locale, shown), localizedCount(locale, total))}
      </p>
    </fieldset>
  );
}
