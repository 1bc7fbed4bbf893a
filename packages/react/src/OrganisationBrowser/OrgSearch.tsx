import type { ChangeEvent, KeyboardEvent } from 'react';
import type { OrganisationBrowserMessages } from './messages.js';

/** Props of {@link OrgSearch}. */
export interface OrgSearchProps {
  readonly idPrefix: string;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** The result count to announce (politely), once the reader pauses. */
  readonly announcement: string;
  readonly messages: OrganisationBrowserMessages;
}

/** The search field: filters units and roles as the reader types; Escape clears it. */
export function OrgSearch({
  idPrefix,
  query,
  onQueryChange,
  announcement,
  messages,
}: OrgSearchProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => onQueryChange(event.target.value);
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  };
  return (
    <div className="ck-organisation-browser__search">
      <label className="ck-organisation-browser__search-label" htmlFor={`${idPrefix}-search`}>
        {messages.searchLabel}
      </label>
      <p className="ck-organisation-browser__hint" id={`${idPrefix}-search-hint`}>
        {messages.searchHint}
      </p>
      <input
        id={`${idPrefix}-search`}
        className="ck-organisation-browser__search-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${idPrefix}-search-hint`}
        value={query}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
      />
      <p className="ck-organisation-browser__results" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
