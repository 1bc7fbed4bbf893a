import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { axeRulesOff, axeTags } from '../test/helpers/axePolicy.js';

const preview: Preview = {
  tags: ['autodocs'],
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
