import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Small line under the heading (date of a session, a count…). */
  subtitle?: ReactNode;
  /** Shown next to the heading (badges). */
  badges?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, badges, actions }: Props) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        <div className="page-header__title-row">
          <h1 className="page-header__title">{title}</h1>
          {badges}
        </div>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
