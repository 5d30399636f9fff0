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

/**
 * One entry of the sidebar: its icon (the SVG's shapes), highlighted while its section is open
 * (`active`, its own page by default) and marked as the current page when it is that page.
 */
function SidebarLink({
  href,
  label,
  current,
  active = current,
  children,
}: {
  href: string;
  label: string;
  current: boolean;
  active?: boolean;
  children: ReactNode;
}) {
  return (
    <li>
      <Link
        href={href}
        className={`sidebar__link${active ? ' is-active' : ''}`}
        aria-current={current ? 'page' : undefined}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="sidebar__icon">
          {children}
        </svg>
        {label}
      </Link>
    </li>
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
            <SidebarLink href="/" active={onClients} current={location === '/'} label="Clients">
              <circle cx="10" cy="7" r="3.2" />
              <path d="M3.8 16.5c.8-3 3.3-4.6 6.2-4.6s5.4 1.6 6.2 4.6" />
            </SidebarLink>
            <SidebarLink href="/exercises" current={location === '/exercises'} label="Exercises">
              <circle cx="10" cy="4.5" r="2" />
              <path d="M10 7v5.5M10 9l-4.5-2.5M10 9l4.5-2.5M10 12.5l-3 5M10 12.5l3 5" />
            </SidebarLink>
            <SidebarLink href="/data" current={location === '/data'} label="Backups">
              <ellipse cx="10" cy="5" rx="6" ry="2.5" />
              <path d="M4 5v10c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5V5M4 10c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5" />
            </SidebarLink>
            <SidebarLink href="/settings" current={location === '/settings'} label="Settings">
              <circle cx="10" cy="10" r="2.6" />
              <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
            </SidebarLink>
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
