import { Suspense, useEffect, useRef } from 'react';
import { useLocale, useTranslations } from '../i18n/LocaleContext.js';
import { NotFoundPage } from './NotFoundPage.js';
import { routeFor, sectionPaths } from './routes.js';
import { sections } from './pageTypes.js';
import { Link, usePath } from './router.js';
import { ServiceHeader } from './ServiceHeader.js';
import { shellMessages } from './shellMessages.js';
import { useLook } from './useLook.js';

/** The demo's frame: header, the cycle's navigation, the page for the address, and the footer. */
export function App() {
  const path = usePath();
  const { locale } = useLocale();
  const text = useTranslations(shellMessages);
  const [look] = useLook();
  const found = routeFor(path);
  const section = found?.route.section;
  const title = found === undefined ? text.notFound.title : found.route.title[locale];
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} — ${text.titleSuffix}`;
  }, [title, text.titleSuffix]);

  useEffect(() => {
    // Arriving on a new page moves focus to its main content, as a full page load would put the
    // reader at the top, and screen readers announce where they are. Not on the first load.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  const Page = found?.route.page;
  return (
    <>
      <a className="demo-skip-link" href="#main">
        {text.skip}
      </a>
      <ServiceHeader />
      <nav className="demo-nav" aria-label={text.navigation}>
        <ul className="demo-nav__list">
          {sections.map((name) => (
            <li key={name}>
              <Link to={sectionPaths[name]} aria-current={name === section ? 'page' : undefined}>
                {text.sections[name]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main
        id="main"
        className={`demo-main ${look === 'capkit' ? '' : `ck-theme-${look}`}`}
        tabIndex={-1}
      >
        <Suspense
          fallback={
            <p role="status" className="demo-working">
              {text.loadingPage}
            </p>
          }
        >
          {Page === undefined ? <NotFoundPage /> : <Page key={path} params={found?.params ?? {}} />}
        </Suspense>
      </main>
      <footer className="demo-footer">
        <p>{text.footer}</p>
        <p>
          <a href="/storybook/">{text.storybook}</a>
        </p>
      </footer>
    </>
  );
}
