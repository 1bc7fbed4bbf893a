import type { ReactNode } from 'react';
import type { TextRange } from './searchText.js';

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  /** The text to show. */
  readonly text: string;
  /** Sorted, non-overlapping ranges of `text` to mark as search matches. */
  readonly ranges?: readonly TextRange[] | undefined;
}

/** Text with its search matches in `<mark>` elements. */
export function HighlightedText({ text, ranges }: HighlightedTextProps): ReactNode {
  if (ranges === undefined || ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let offset = 0;
  for (const { start, end } of ranges) {
    if (start > offset) parts.push(text.slice(offset, start));
    parts.push(
      <mark key={start} className="ck-framework-browser__match">
        {text.slice(start, end)}
      </mark>,
    );
    offset = end;
  }
  if (offset < text.length) parts.push(text.slice(offset));
  return parts;
}
