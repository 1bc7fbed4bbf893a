/**
 * capkit's one accessibility policy, used by the stories (Storybook's a11y addon in Chromium)
 * and by the unit tests (axe-core in happy-dom): WCAG 2.2 AA and axe's best practices.
 */
export const axeTags = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/**
 * Rules off everywhere, each with its reason. A widget is not a page: it is rendered without
 * the landmarks and the `<h1>` that the page around it provides.
 */
export const axeRulesOff = ['region', 'page-has-heading-one', 'landmark-one-main'] as const;
