import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { IntegrityBanner } from '../components/integrity';
import { LockGate } from '../components/lock/LockGate';
import { AlertRegion } from './alert';
import { requestSearchFocus } from './searchFocus';
import { shortcutLabel, shortcuts, useGlobalShortcuts, type ShortcutName } from './shortcuts';

function Logo() {
  return (
    <svg className="app-header__logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" />
      <path d="M9 16c0-4 3-7 7-7s7 3 7 7-3 7-7 7" />
      <circle cx="16" cy="16" r="2.6" />
    </svg>
  );
}

const shortcutOrder: ShortcutName[] = ['newClient', 'findClient'];

export function Shell({ children }: { children: ReactNode }) {
  const [location, navigate] = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useGlobalShortcuts({
    newClient: () => navigate('/clients/new'),
    findClient: () => {
      if (location !== '/') navigate('/');
      requestSearchFocus();
    },
  });

  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [location]);

  const onClients = location === '/' || location.startsWith('/clients') || location.startsWith('/sessions');

  return (
    <div className="app">
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <Logo />
        <span className="app-header__name">Knotbook</span>
      </header>
      <IntegrityBanner />
      <div className="app-body">
        <nav className="sidebar" aria-label="Main">
          <ul className="sidebar__list">
            <li>
              <Link
                href="/"
                className={`sidebar__link${onClients ? ' is-active' : ''}`}
                aria-current={location === '/' ? 'page' : undefined}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" className="sidebar__icon">
                  <circle cx="10" cy="7" r="3.2" />
                  <path d="M3.8 16.5c.8-3 3.3-4.6 6.2-4.6s5.4 1.6 6.2 4.6" />
                </svg>
                Clients
              </Link>
            </li>
            <li>
              <Link
                href="/exercises"
                className={`sidebar__link${location === '/exercises' ? ' is-active' : ''}`}
                aria-current={location === '/exercises' ? 'page' : undefined}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" className="sidebar__icon">
                  <circle cx="10" cy="4.5" r="2" />
                  <path d="M10 7v5.5M10 9l-4.5-2.5M10 9l4.5-2.5M10 12.5l-3 5M10 12.5l3 5" />
                </svg>
                Exercises
              </Link>
            </li>
            <li>
              <Link
                href="/data"
                className={`sidebar__link${location === '/data' ? ' is-active' : ''}`}
                aria-current={location === '/data' ? 'page' : undefined}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" className="sidebar__icon">
                  <ellipse cx="10" cy="5" rx="6" ry="2.5" />
                  <path d="M4 5v10c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5V5M4 10c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5" />
                </svg>
                Backups
              </Link>
            </li>
            <li>
              <Link
                href="/settings"
                className={`sidebar__link${location === '/settings' ? ' is-active' : ''}`}
                aria-current={location === '/settings' ? 'page' : undefined}
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" className="sidebar__icon">
                  <circle cx="10" cy="10" r="2.6" />
                  <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
                </svg>
                Settings
              </Link>
            </li>
          </ul>
          <div className="sidebar__footer">
            <h2 className="sidebar__heading">Shortcuts</h2>
            <dl className="shortcut-list">
              {shortcutOrder.map((name) => (
                <div key={name}>
                  <dt>
                    <kbd>{shortcutLabel(name)}</kbd>
                  </dt>
                  <dd>{shortcuts[name].description}</dd>
                </div>
              ))}
            </dl>
          </div>
        </nav>
        <main id="main-content" className="main" ref={mainRef} tabIndex={-1}>
          <div className="main__inner">
            <AlertRegion />
            <LockGate>{children}</LockGate>
          </div>
        </main>
      </div>
    </div>
  );
}
