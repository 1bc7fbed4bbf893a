import { createElement, type HTMLAttributes } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';

/** A heading of the given level (one down from 6 stays at 6). */
export function OrgHeading({
  level,
  ...props
}: HTMLAttributes<HTMLHeadingElement> & { readonly level: number }) {
  return createElement(headingTag(Math.min(Math.max(level, 2), 6) as HeadingLevel), props);
}
