import { useId, useRef } from 'react';
import type { DirectoryFilter } from './directoryEntries.js';
import type { CommunityDirectoryMessages } from './messages.js';

/** A choice of one of the native selects: its value and what it reads. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** Props of {@link DirectoryFilters}. */
export interface DirectoryFiltersProps {
  readonly topics: readonly FilterOption[];
  readonly regions: readonly FilterOption[];
  readonly areas: readonly FilterOption[];
  readonly filter: DirectoryFilter;
  readonly onFilterChange: (filter: DirectoryFilter) => void;
  readonly filtered: boolean;
  /** The result count, announced politely as it changes. */
  readonly result: string;
  readonly messages: CommunityDirectoryMessages;
}

type SelectKey = 'topic' | 'region' | 'areaId';

/**
 * One search field and three native selects (keyboard operable as the platform makes them),
 * the result count in a polite live region, and a button that clears them all.
 */
export function DirectoryFilters({
  topics,
  regions,
  areas,
  filter,
  onFilterChange,
  filtered,
  result,
  messages,
}: DirectoryFiltersProps) {
  const id = useId();
  const queryRef = useRef<HTMLInputElement>(null);
  const select = (key: SelectKey, label: string, all: string, options: readonly FilterOption[]) => (
    <div className="ck-community-directory__filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        // `=` keeps a real value apart from "all", even a topic spelt like the empty string.
        value={filter[key] === null ? '' : `=${filter[key]}`}
        onChange={(event) =>
          onFilterChange({
            ...filter,
            [key]: event.target.value === '' ? null : event.target.value.slice(1),
          })
        }
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={`=${option.value}`}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="ck-community-directory__filters">
      <legend className="ck-community-directory__legend">{messages.filtersLabel}</legend>
      <div className="ck-community-directory__filter ck-community-directory__search">
        <label htmlFor={`${id}-query`}>{messages.searchLabel}</label>
        <span id={`${id}-hint`} className="ck-community-directory__hint">
          {messages.searchHint}
        </span>
        <input
          id={`${id}-query`}
          ref={queryRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={filter.query}
          onChange={(event) => onFilterChange({ ...filter, query: event.target.value })}
          onKeyDown={(event) => {
            // Enter would submit a form the widget may sit in; Escape clears, as in a search box.
            if (event.key === 'Enter') event.preventDefault();
            if (event.key === 'Escape' && filter.query !== '') {
              event.preventDefault();
              onFilterChange({ ...filter, query: '' });
            }
          }}
        />
      </div>
      {select('topic', messages.topicFilter, messages.allTopics, topics)}
      {select('region', messages.regionFilter, messages.allRegions, regions)}
      {select('areaId', messages.areaFilter, messages.allAreas, areas)}
      <p className="ck-community-directory__result" role="status">
        {result}
      </p>
      {filtered && (
        <button
          type="button"
          className="ck-community-directory__clear"
          onClick={() => {
            onFilterChange({ topic: null, region: null, areaId: null, query: '' });
            // The button goes once nothing is filtered: focus the search rather than lose it.
            queryRef.current?.focus();
          }}
        >
          {messages.clearFilters}
        </button>
      )}
    </fieldset>
  );
}
