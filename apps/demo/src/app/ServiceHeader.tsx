import { useLocale, useTranslations } from '../i18n/LocaleContext.js';
import { localeNames, locales } from '../i18n/locales.js';
import { Link } from './router.js';
import { shellMessages } from './shellMessages.js';
import { looks, useLook } from './useLook.js';

/** The service name, the phase banner, and the language and look switches. */
export function ServiceHeader() {
  const { locale, setLocale } = useLocale();
  const text = useTranslations(shellMessages);
  const [look, setLook] = useLook();
  return (
    <header className="demo-header">
      <div className="demo-header__bar">
        <p className="demo-header__service">
          <Link to="/">{text.service}</Link>
          <span className="demo-header__ministry">{text.ministry}</span>
        </p>
        <div className="demo-header__switches">
          <label>
            {text.language}{' '}
            <select
              value={locale}
              onChange={(event) => setLocale(event.target.value as typeof locale)}
            >
              {locales.map((code) => (
                <option key={code} value={code} lang={code}>
                  {localeNames[code]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text.look}{' '}
            <select value={look} onChange={(event) => setLook(event.target.value as typeof look)}>
              {looks.map((name) => (
                <option key={name} value={name}>
                  {text.looks[name]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <p className="demo-phase">
        <strong className="demo-phase__tag">{text.phase}</strong> <span>{text.phaseText}</span>
      </p>
    </header>
  );
}
