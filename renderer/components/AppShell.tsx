import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../routes';
import { LanguageToggle } from './LanguageToggle';

const NAV: Route[] = ['learn', 'trainer', 'settings'];

/** Where a screen's own skip link goes: straight after "skip to content", the second stop of the Tab key. */
export const PAGE_SKIP_LINKS = 'page-skip-links';

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      {/* A screen with a long way to its main control (the attendance grid) puts a second jump here (PAGE_SKIP_LINKS). */}
      <div id={PAGE_SKIP_LINKS} />
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">S</span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </div>
        <nav aria-label={t('nav.main')} className="nav">
          {NAV.map((item) => (
            <a key={item} href={`#/${item}`} className={route === item ? 'nav-item active' : 'nav-item'} aria-current={route === item ? 'page' : undefined}>
              {t(`nav.${item}`)}
            </a>
          ))}
        </nav>
        <LanguageToggle />
      </header>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
