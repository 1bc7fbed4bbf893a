import type { ChangeEvent, KeyboardEvent } from 'react';
import type { FrameworkBrowserMessages } from './messages.js';

/** Props of {@link FrameworkSearch}. */
export interface FrameworkSearchProps {
  /** Prefix of the field's ids. */
  readonly idPrefix: string;
  /** The query typed so far. */
  readonly query: string;
  /** Called with the new query as the reader types, or `''` on Escape. */
  readonly onQueryChange: (query: string) => void;
  /** The result count to announce (politely), once the reader pauses. */
  readonly announcement: string;
  /** The widget's strings. */
  readonly messages: FrameworkBrowserMessages;
}

/**
 * The search field above the tree: labelled, with a hint, filtering as the reader types;
 * Escape clears it, Enter does not submit an enclosing form. The result count is announced in
 * a polite status region under it.
 */
export function FrameworkSearch({
  idPrefix,
  query,
  onQueryChange,
  announcement,
  messages,
}: FrameworkSearchProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => onQueryChange(event.target.value);
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter would submit an enclosing form; the search already runs as the reader types.
    if (event.key === 'Enter') event.preventDefault();
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  };
  return (
    <div className="ck-framework-browser__search">
      <label className="ck-framework-browser__search-label" htmlFor={`${idPrefix}-search`}>
        {messages.searchLabel}
      </label>
      <p className="ck-framework-browser__hint" id={`${idPrefix}-search-hint`}>
        {messages.searchHint}
      </p>
      <input
        id={`${idPrefix}-search`}
        className="ck-framework-browser__search-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${idPrefix}-search-hint`}
        value={query}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
      />
      <p className="ck-framework-browser__results" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
