import type { Decorator, Preview } from '@storybook/react-vite';
import { createElement } from 'react';
import '../src/styles.css';
import '../src/themes/govuk.css';
import '../src/themes/uswds.css';
import { axeRulesOff, axeTags } from '../test/helpers/axePolicy.js';

/** The looks in the toolbar: capkit's default, GOV.UK Frontend's and USWDS's. */
const looks = {
  default: { title: 'Default look', className: undefined },
  govuk: { title: 'GOV.UK look', className: 'ck-theme-govuk' },
  uswds: { title: 'USWDS look', className: 'ck-theme-uswds' },
} as const;

function isLook(value: unknown): value is keyof typeof looks {
  return typeof value === 'string' && Object.hasOwn(looks, value);
}

/** Wraps every story in the chosen look's class, as an application would wrap its page. */
const withLook: Decorator = (Story, context) => {
  const look = isLook(context.globals['theme']) ? looks[context.globals['theme']] : looks.default;
  if (look.className === undefined) return createElement(Story);
  return createElement('div', { className: look.className }, createElement(Story));
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLook],
  globalTypes: {
    theme: {
      description: 'The look every widget is shown in (a CSS class on a container)',
      toolbar: {
        title: 'Look',
        icon: 'paintbrush',
        items: Object.entries(looks).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  // Story tests run in the default look; the Theming stories render each look themselves.
  initialGlobals: { theme: 'default' },
  parameters: {
    a11y: {
      // Any axe violation fails the story's test, in the Storybook UI and in `pnpm test`.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: [...axeTags] },
        rules: Object.fromEntries(axeRulesOff.map((rule) => [rule, { enabled: false }])),
      },
    },
  },
};

export default preview;
