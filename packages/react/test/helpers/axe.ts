import axe from 'axe-core';
import { axeRulesOff, axeTags } from './axePolicy.js';

/**
 * The axe violations in `container`, as `rule: help (selector)` lines, under capkit's one policy.
 * happy-dom neither lays out nor paints, so colour contrast (and what needs layout) is checked
 * by the stories in Chromium instead.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: [...axeTags] },
    rules: Object.fromEntries(
      [...axeRulesOff, 'color-contrast', 'target-size'].map((rule) => [rule, { enabled: false }]),
    ),
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')})`,
  );
}
