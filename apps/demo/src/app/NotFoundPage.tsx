import { useTranslations } from '../i18n/LocaleContext.js';
import { Link } from './router.js';
import { shellMessages } from './shellMessages.js';

/** What an unknown address shows, in the words GOV.UK uses for it. */
export function NotFoundPage() {
  const text = useTranslations(shellMessages).notFound;
  return (
    <>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <Link to="/">{text.home}</Link>
      </p>
    </>
  );
}
