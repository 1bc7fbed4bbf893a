import { useEffect, useRef, type ReactNode } from 'react';
import { QuestionnairePage } from './pages/QuestionnairePage.js';
import { ResultsPage } from './pages/ResultsPage.js';
import { SkillsProfilePage } from './pages/SkillsProfilePage.js';
import { useHashRoute, type Route } from './useHashRoute.js';

const pages: Record<Route, { readonly title: string; readonly render: () => ReactNode }> = {
  profile: { title: 'Digital skills profile', render: () => <SkillsProfilePage /> },
  questionnaire: { title: 'Skills questionnaire', render: () => <QuestionnairePage /> },
  results: { title: 'Training needs', render: () => <ResultsPage /> },
};

const navigation: readonly { readonly route: Route; readonly label: string }[] = [
  { route: 'profile', label: 'Skills profile' },
  { route: 'questionnaire', label: 'Questionnaire' },
  { route: 'results', label: 'Training needs' },
];

export function App() {
  const route = useHashRoute();
  const page = pages[route];
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${page.title} — capkit demo`;
    // Move focus to the new page's heading, as a full page load would, but not on first load.
    if (firstRender.current) firstRender.current = false;
    else document.querySelector<HTMLElement>('main h1')?.focus();
  }, [page]);

  return (
    <>
      <a className="demo-skip-link" href="#main">
        Skip to main content
      </a>
      <header className="demo-header">
        <p className="demo-header__service">Ministry of Digital Services · capkit demo</p>
        <nav aria-label="Demo pages">
          <ul className="demo-nav">
            {navigation.map(({ route: target, label }) => (
              <li key={target}>
                <a href={`#/${target}`} aria-current={target === route ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="demo-main" tabIndex={-1}>
        {page.render()}
      </main>
      <footer className="demo-footer">
        <p>
          Sample data, invented for this demo. capkit is open source under the Apache-2.0 licence.
        </p>
      </footer>
    </>
  );
}
