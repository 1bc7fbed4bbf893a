import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { startMessages } from './startMessages.js';

/** The landing page: what capkit is, the cycle's steps, and the ministry the demo runs on. */
export function StartPage() {
  const { locale } = useLocale();
  const text = useTranslations(startMessages);
  const format = useFormat();
  const overview = useQuery('workspace.overview', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <p className="demo-lead">{text.lead}</p>
      <QueryView state={overview} label={text.preparing}>
        {(data) => (
          <p>
            {text.ministry(
              format.integer(data.people),
              format.integer(data.units),
              format.integer(data.responses),
            )}{' '}
            <Link to="/data">{text.ownData}</Link>
          </p>
        )}
      </QueryView>
      <h2>{text.stepsHeading}</h2>
      <ol className="demo-steps">
        {text.steps.map((step) => (
          <li key={step.to}>
            <h3>
              <Link to={step.to}>{step.title}</Link>
            </h3>
            <p>{step.body}</p>
          </li>
        ))}
      </ol>
      <h2>{text.aroundHeading}</h2>
      <p>
        {text.around} <Link to="/knowledge">{text.aroundLink}</Link>
      </p>
      <h2>{text.developersHeading}</h2>
      <p>
        {text.developers} <a href="/storybook/">{text.storybook}</a>
      </p>
    </>
  );
}
