import '@capkit/react/styles.css';
import '@capkit/react/themes/govuk.css';
import '@capkit/react/themes/uswds.css';
import './demo.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { LocaleProvider } from './i18n/LocaleContext.js';
import { registerServiceWorker } from './pwa/registerServiceWorker.js';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The first render as a transition: React draws the shell in slices, not in one task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </StrictMode>,
  );
});

registerServiceWorker();
